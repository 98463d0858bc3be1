namespace Parley.Web.Tests.Hosting;

/// <summary>The database a test runs the workspace on.</summary>
public enum DatabaseKind
{
    Sqlite,
    Postgres,
}
