using System.Reflection;
using Npgsql;

namespace Parley.Cluster.Hosting;

/// <summary>
/// Creates, or brings up to date, the tables, functions and stored queries that Orleans' ADO.NET clustering and
/// grain storage read from PostgreSQL. The Orleans 10.4.2 packages ship no scripts, so these are Parley's own
/// (<c>src/Parley.Cluster/Sql</c>); every statement may run again, so each silo applies them at start.
/// </summary>
public static class ClusterSchema
{
    /// <summary>The scripts in the order they run.</summary>
    public static IReadOnlyList<string> Scripts { get; } = ["Main", "Clustering", "Persistence"];

    // Any number fixed for Parley: silos starting together wait for each other instead of racing on CREATE.
    private const long LockKey = 0x5061726C6579;

    /// <summary>Applies the scripts in one transaction.</summary>
    public static async Task Apply(string connectionString, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({LockKey})", connection, transaction))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (string script in Scripts)
        {
            await using var command = new NpgsqlCommand(Text(script), connection, transaction);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The text of one script.</summary>
    public static string Text(string script)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Parley.Cluster.Sql.{script}.sql")
            ?? throw new ArgumentException($"No script named {script}; the scripts are {string.Join(", ", Scripts)}.", nameof(script));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
