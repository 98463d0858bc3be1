using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli;

/// <summary>Settings of <c>parley agree</c>.</summary>
public sealed class AgreeSettings : GlobalSettings
{
    /// <summary>A scenario file, or a GENIUS domain XML followed by its profile files.</summary>
    [CommandArgument(0, "<FILES>")]
    [Description("A scenario file (.yaml), or a GENIUS domain file (.xml) or GeniusWeb domain file (.json) followed by its profile files.")]
    public string[] Files { get; init; } = [];

    /// <summary>Tracks to analyse (every track when none).</summary>
    [CommandOption("-t|--track <TRACK>")]
    [Description("A track to analyse; repeat for several (their union is analysed too). Default: every track.")]
    public string[] Tracks { get; init; } = [];

    /// <summary>Levers to pull before the analysis, in order.</summary>
    [CommandOption("-l|--lever <LEVER>")]
    [Description("A lever to pull before the analysis; repeat for several, applied in order.")]
    public string[] Levers { get; init; } = [];

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

        if (Files.Length == 0)
        {
            return ValidationResult.Error("Give a scenario file, or a GENIUS domain file followed by its profile files.");
        }

        bool domain = IsDomainFile(Files[0]);
        if (!domain && Files.Length > 1)
        {
            return ValidationResult.Error($"A scenario is one file; got {Files.Length}. Profile files follow a GENIUS domain file (.xml) or a GeniusWeb domain file (.json) only.");
        }

        if (domain && Files.Length < 2)
        {
            return ValidationResult.Error("A domain file needs its profile files after it: parley agree domain.xml profile1.xml profile2.xml (GeniusWeb: domain.json profile1.json profile2.json).");
        }

        return ValidationResult.Success();
    }

    /// <summary>True for a GENIUS (.xml) or GeniusWeb (.json) domain file, which profile files follow.</summary>
    public static bool IsDomainFile(string path) =>
        path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
}
