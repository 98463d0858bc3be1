using Npgsql;

namespace Parley.Cluster.Hosting;

/// <summary>Checks a PostgreSQL connection string given on the command line before anything uses it.</summary>
public static class ClusterConnection
{
    /// <summary>What is wrong with <paramref name="text"/> as a connection string, or null when it reads.</summary>
    public static string? Problem(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var known = new NpgsqlConnectionStringBuilder();
        foreach (string part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                return $"'{part}' is not a 'key=value' pair. A connection string reads like \"Host=db;Username=parley;Password=...;Database=parley\".";
            }

            string key = part[..equals].Trim();
            if (!known.ContainsKey(key))
            {
                return $"'{key}' is not a PostgreSQL connection setting (Npgsql). A connection string reads like \"Host=db;Username=parley;Password=...;Database=parley\".";
            }
        }

        return text.Contains('=', StringComparison.Ordinal) ? null : "The connection string is empty. It reads like \"Host=db;Username=parley;Password=...;Database=parley\".";
    }
}
