using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli;

/// <summary>Settings of <c>parley check</c>: any input another command reads.</summary>
public sealed class CheckSettings : GlobalSettings
{
    /// <summary>The input: one file, or a GENIUS/GeniusWeb domain followed by its profiles.</summary>
    [CommandArgument(0, "<FILES>")]
    [Description("Any input another command reads: a scenario (.yaml), a gmcr-py file (.gmcr), a KTAB CSV/XML, an EUM or DEU table (.csv, .tsv, .txt), or a GENIUS (.xml) or GeniusWeb (.json) domain followed by its profiles.")]
    public string[] Files { get; init; } = [];

    /// <summary>The main file.</summary>
    public string File => Files.Length > 0 ? Files[0] : string.Empty;

    /// <summary>The date to analyse the scenario as of (<c>--at</c>), or null for the scenario as written.</summary>
    [CommandOption("--at <DATE>")]
    [Description(AtOption.Description)]
    public string? At { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        var baseResult = base.Validate();
        if (!baseResult.Successful)
        {
            return baseResult;
        }

        if (!AtOption.Validate(At).Successful)
        {
            return AtOption.Validate(At);
        }

        return Files.Length == 0 ? ValidationResult.Error("Give the file to check.") : ValidationResult.Success();
    }
}
