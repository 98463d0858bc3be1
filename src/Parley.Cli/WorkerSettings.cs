using System.ComponentModel;
using System.Net;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli;

/// <summary>Settings of <c>parley worker</c>.</summary>
public sealed class WorkerSettings : CommandSettings
{
    /// <summary>The cluster's database.</summary>
    [CommandOption("--database <CONNECTION>")]
    [Description("The PostgreSQL connection string of the cluster (the same for every worker and for parley sweep --cluster). Default: the environment variable PARLEY_DATABASE, which keeps the password out of the process list.")]
    public string? Database { get; init; }

    /// <summary>The connection string given, or PARLEY_DATABASE.</summary>
    public string? Connection => Database ?? (Environment.GetEnvironmentVariable("PARLEY_DATABASE") is { Length: > 0 } d ? d : null);

    /// <summary>Pieces at a time.</summary>
    [CommandOption("--threads <N>")]
    [Description("Pieces computed at a time. Default: all cores.")]
    public int? Threads { get; init; }

    /// <summary>The silo port.</summary>
    [CommandOption("--port <N>")]
    [Description("The port silos talk to each other on. Default 11111.")]
    public int Port { get; init; } = 11111;

    /// <summary>The gateway port.</summary>
    [CommandOption("--gateway-port <N>")]
    [Description("The port clients (parley sweep --cluster) connect to. Default 30000.")]
    public int GatewayPort { get; init; } = 30000;

    /// <summary>The address to advertise.</summary>
    [CommandOption("--advertise <IP>")]
    [Description("The address other machines reach this worker at. Default: loopback when the database is on loopback, else this machine's first IPv4 address.")]
    public string? Advertise { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Connection))
        {
            return ValidationResult.Error("A worker needs the cluster's database: --database \"Host=...;Username=...;Password=...;Database=...\" (or PARLEY_DATABASE).");
        }

        if (Parley.Cluster.Hosting.ClusterConnection.Problem(Connection!) is { } problem)
        {
            return ValidationResult.Error("--database: " + problem);
        }

        if (Port is < 1 or > 65535 || GatewayPort is < 1 or > 65535 || Port == GatewayPort)
        {
            return ValidationResult.Error("--port and --gateway-port must be two different ports from 1 to 65535.");
        }

        if (Advertise is not null && !IPAddress.TryParse(Advertise, out _))
        {
            return ValidationResult.Error($"--advertise must be an IP address, not '{Advertise}'.");
        }

        return Threads is < 1 ? ValidationResult.Error("--threads must be at least 1.") : ValidationResult.Success();
    }
}
