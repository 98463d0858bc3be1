namespace Parley.Web.Tests.Hosting;

/// <summary>One workspace on SQLite shared by a test class.</summary>
public sealed class SqliteWorkspace() : ParleyFactoryFixture(DatabaseKind.Sqlite);

/// <summary>One workspace on PostgreSQL shared by a test class (created only when a server is given).</summary>
public sealed class PostgresWorkspace() : ParleyFactoryFixture(DatabaseKind.Postgres);

/// <summary>Creates the factory lazily, so a skipped PostgreSQL class never connects.</summary>
public abstract class ParleyFactoryFixture(DatabaseKind kind) : IDisposable
{
    private readonly Lazy<ParleyFactory> factory = new(() => new ParleyFactory(kind));

    public ParleyFactory Factory => factory.Value;

    public void Dispose()
    {
        if (factory.IsValueCreated)
        {
            factory.Value.Dispose();
        }

        GC.SuppressFinalize(this);
    }
}
