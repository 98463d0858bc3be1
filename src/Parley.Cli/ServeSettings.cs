using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli;

/// <summary>Settings of <c>parley serve</c>.</summary>
public sealed class ServeSettings : CommandSettings
{
    /// <summary>The loopback port.</summary>
    [CommandOption("--port <N>")]
    [Description("The port to listen on (loopback only). Default 5180.")]
    public int? Port { get; init; }

    /// <summary>The data folder.</summary>
    [CommandOption("--data <DIR>")]
    [Description("The folder for the SQLite database and keys. Default: Parley under the user's application data.")]
    public string? Data { get; init; }

    /// <summary>A PostgreSQL connection string.</summary>
    [CommandOption("--database <CONNECTION>")]
    [Description("A PostgreSQL connection string; without it the workspace uses SQLite in the data folder.")]
    public string? Database { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Port is { } p && (p < 1 || p > 65535) ? ValidationResult.Error($"--port must lie from 1 to 65535, not {p}.") : ValidationResult.Success();
}
