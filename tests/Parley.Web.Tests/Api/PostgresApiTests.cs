using Parley.Web.Tests.Hosting;

namespace Parley.Web.Tests.Api;

/// <summary>The same API suite on PostgreSQL (when <c>PARLEY_TEST_POSTGRES</c> names a server).</summary>
public sealed class PostgresApiTests(PostgresWorkspace workspace) : ApiTests(workspace), IClassFixture<PostgresWorkspace>, IPostgresTests;
