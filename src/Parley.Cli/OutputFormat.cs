namespace Parley.Cli;

/// <summary>How a command prints its result.</summary>
public enum OutputFormat
{
    /// <summary>Tables and text for a person.</summary>
    Text,

    /// <summary>JSON for programs (see docs/json-output.md).</summary>
    Json,
}
