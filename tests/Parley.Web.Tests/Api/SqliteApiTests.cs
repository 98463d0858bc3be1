using Parley.Web.Tests.Hosting;

namespace Parley.Web.Tests.Api;

/// <summary>The API suite on SQLite (the default database).</summary>
public sealed class SqliteApiTests(SqliteWorkspace workspace) : ApiTests(workspace), IClassFixture<SqliteWorkspace>;
