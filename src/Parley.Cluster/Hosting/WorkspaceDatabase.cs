using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Parley.Formats.Sweeps;

namespace Parley.Cluster.Hosting;

/// <summary>
/// The scenarios of a Parley workspace, read straight from its database — a data folder's SQLite file or a
/// PostgreSQL connection string — so a sweep can name them by id. Read-only; whoever holds the database's
/// credentials may read every scenario in it, so the workspace's sharing is not consulted.
/// </summary>
/// <param name="location">A workspace's data folder (<c>parley serve --data DIR</c>) or a PostgreSQL connection string.</param>
public sealed class WorkspaceDatabase(string location) : IWorkspaceScenarios
{
    // The workspace's tables (Parley.Web's ParleyDbContext): EF Core keeps a SQLite GUID as upper-case text.
    private const string Latest = """
        SELECT v."Number", v."Title", v."Yaml" FROM "ScenarioVersions" v
        JOIN "Scenarios" s ON s."Id" = v."ScenarioId" AND s."LatestVersion" = v."Number"
        WHERE v."ScenarioId" = @id
        """;

    private const string OneVersion = """
        SELECT v."Number", v."Title", v."Yaml" FROM "ScenarioVersions" v
        WHERE v."ScenarioId" = @id AND v."Number" = @version
        """;

    /// <summary>True when the location is a PostgreSQL connection string rather than a data folder.</summary>
    public bool IsPostgres { get; } = location.Contains('=', StringComparison.Ordinal);

    /// <inheritdoc />
    public WorkspaceLookup Find(Guid id, int? version)
    {
        string sqlite = Path.Combine(Path.GetFullPath(location), "parley.db");
        if (!IsPostgres && !File.Exists(sqlite))
        {
            return new WorkspaceLookup(null, $"there is no workspace database at {sqlite}. Give --workspace the data folder of `parley serve --data DIR`, or a PostgreSQL connection string.");
        }

        try
        {
            using DbConnection connection = IsPostgres ? new NpgsqlConnection(location) : new SqliteConnection($"Data Source={sqlite};Mode=ReadOnly");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = version is null ? Latest : OneVersion;
            Parameter(command, "id", IsPostgres ? id : id.ToString("D").ToUpperInvariant());
            if (version is { } v)
            {
                Parameter(command, "version", v);
            }

            using var reader = command.ExecuteReader();
            return reader.Read()
                ? new WorkspaceLookup(new WorkspaceScenario(id, reader.GetInt32(0), reader.GetString(1), reader.GetString(2)), null)
                : new WorkspaceLookup(null, version is null ? "the workspace has no scenario with this id." : $"the workspace has no version {version} of a scenario with this id.");
        }
        catch (DbException ex)
        {
            return new WorkspaceLookup(null, $"the workspace's database could not be read: {ex.Message}");
        }
    }

    private static void Parameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
