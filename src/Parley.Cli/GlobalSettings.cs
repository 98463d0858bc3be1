using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli;

/// <summary>Options every command takes.</summary>
public class GlobalSettings : CommandSettings
{
    /// <summary>text (default) or json.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("Output format: text (default) or json.")]
    [DefaultValue("text")]
    public string FormatName { get; init; } = "text";

    /// <summary>Print every row of long lists in text output, not only the first screenful.</summary>
    [CommandOption("--all")]
    [Description("Text output: print every row of long lists (default: the first 20 of each, with a line saying how many were left out). JSON is always complete.")]
    public bool All { get; init; }

    /// <summary>How much of long lists text output prints.</summary>
    public Rendering.ListCut Cut => new(All);

    /// <summary>The parsed format.</summary>
    public OutputFormat Format => string.Equals(FormatName, "json", StringComparison.OrdinalIgnoreCase) ? OutputFormat.Json : OutputFormat.Text;

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (!string.Equals(FormatName, "json", StringComparison.OrdinalIgnoreCase) && !string.Equals(FormatName, "text", StringComparison.OrdinalIgnoreCase))
        {
            return ValidationResult.Error($"--format must be 'text' or 'json', not '{FormatName}'.");
        }

        return ValidationResult.Success();
    }
}
