using Parley.Tests;

namespace Parley.Cluster.Tests.Hosting;

/// <summary>A fact that needs PostgreSQL: skipped with one line when <c>PARLEY_TEST_POSTGRES</c> is not set.</summary>
internal sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresServer.ConnectionString is null)
        {
            Skip = PostgresServer.SkipReason;
        }
    }
}
