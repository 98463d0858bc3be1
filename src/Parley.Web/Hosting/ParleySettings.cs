using System.Globalization;

namespace Parley.Web.Hosting;

/// <summary>
/// Where the workspace listens and keeps its data, from the command line (<c>--port</c>, <c>--data</c>,
/// <c>--database</c>) or configuration (<c>ConnectionStrings__Parley</c>), and the request budgets
/// (<c>--Parley:WhatIfSeconds</c>, <c>--Parley:ReportSeconds</c>).
/// </summary>
public sealed record ParleySettings(int Port, string DataDirectory, string? PostgresConnection, int SiloPort, int GatewayPort)
{
    /// <summary>The time a synchronous what-if may take before the request is abandoned with 504 (default 15 s).</summary>
    public TimeSpan WhatIfTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>The time a report or a comparison of versions may take to compute (default 120 s).</summary>
    public TimeSpan ReportTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>
    /// Threads for heavy analyses (background jobs, reports, comparisons; <c>--Parley:AnalysisThreads</c>): by default
    /// all cores but one, so what-ifs always find a core.
    /// </summary>
    public int AnalysisThreads { get; init; } = Math.Max(1, Environment.ProcessorCount - 1);

    /// <summary>The port the workspace listens on when none is given.</summary>
    public const int DefaultPort = 5180;

    /// <summary>True when the database is PostgreSQL; otherwise SQLite in <see cref="DataDirectory"/>.</summary>
    public bool UsesPostgres => PostgresConnection is not null;

    /// <summary>The SQLite database file.</summary>
    public string SqlitePath => Path.Combine(DataDirectory, "parley.db");

    /// <summary>Reads the settings; throws <see cref="InvalidOperationException"/> with a sentence when one is malformed.</summary>
    public static ParleySettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        int port = Int(configuration, "port", DefaultPort);
        string data = configuration["data"] is { Length: > 0 } d
            ? Path.GetFullPath(d)
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.Create), "Parley");
        string? database = configuration["database"] is { Length: > 0 } db ? db : configuration.GetConnectionString("Parley");
        return new ParleySettings(
            port,
            data,
            string.IsNullOrWhiteSpace(database) ? null : database,
            Int(configuration, "Orleans:SiloPort", 11111),
            Int(configuration, "Orleans:GatewayPort", 30000))
        {
            WhatIfTimeout = Seconds(configuration, "Parley:WhatIfSeconds", 15),
            ReportTimeout = Seconds(configuration, "Parley:ReportSeconds", 120),
            AnalysisThreads = Count(configuration, "Parley:AnalysisThreads", Math.Max(1, Environment.ProcessorCount - 1)),
        };
    }

    private static int Count(IConfiguration configuration, string key, int fallback)
    {
        string? text = configuration[key];
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value is > 0 and <= 256
            ? value
            : throw new InvalidOperationException($"'{key}' must be a whole number from 1 to 256; got '{text}'.");
    }

    private static TimeSpan Seconds(IConfiguration configuration, string key, int fallback)
    {
        string? text = configuration[key];
        if (string.IsNullOrEmpty(text))
        {
            return TimeSpan.FromSeconds(fallback);
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value is > 0 and <= 3600
            ? TimeSpan.FromSeconds(value)
            : throw new InvalidOperationException($"'{key}' must be a whole number of seconds from 1 to 3600; got '{text}'.");
    }

    private static int Int(IConfiguration configuration, string key, int fallback)
    {
        string? text = configuration[key];
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value is > 0 and < 65536
            ? value
            : throw new InvalidOperationException($"'{key}' must be a port number between 1 and 65535; got '{text}'.");
    }
}
