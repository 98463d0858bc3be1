using Npgsql;

namespace Parley.Tests;

/// <summary>The PostgreSQL server the web and cluster tests may use: <c>PARLEY_TEST_POSTGRES</c>, a connection string to a role that may create databases (.ci/run starts one on loopback).</summary>
internal static class PostgresServer
{
    public const string Variable = "PARLEY_TEST_POSTGRES";

    public const string SkipReason = "PARLEY_TEST_POSTGRES is not set: PostgreSQL tests skipped (.ci/run starts a server and sets it).";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } s ? s : null;

    /// <summary>A connection string to a new, empty database on the server.</summary>
    public static string NewDatabase()
    {
        var server = new NpgsqlConnectionStringBuilder(ConnectionString ?? throw new InvalidOperationException(SkipReason));
        string name = "parley_test_" + Guid.NewGuid().ToString("N")[..12];
        using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE {name}";
            command.ExecuteNonQuery();
        }

        server.Database = name;
        return server.ConnectionString;
    }
}
