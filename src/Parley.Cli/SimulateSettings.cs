using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli;

/// <summary>Settings of <c>parley simulate</c>.</summary>
public sealed class SimulateSettings : GlobalSettings
{
    /// <summary>A scenario file, or a GENIUS/GeniusWeb domain file followed by its profile files.</summary>
    [CommandArgument(0, "<FILES>")]
    [Description("A scenario file (.yaml), or a GENIUS domain file (.xml) or GeniusWeb domain file (.json) followed by its profile files, as for agree.")]
    public string[] Files { get; init; } = [];

    /// <summary>The main file.</summary>
    public string File => Files.Length > 0 ? Files[0] : string.Empty;

    /// <summary>Tracks to negotiate (every track when none).</summary>
    [CommandOption("-t|--track <TRACK>")]
    [Description("A track to negotiate; repeat for several. Default: every track.")]
    public string[] Tracks { get; init; } = [];

    /// <summary>Levers pulled, each from its start time.</summary>
    [CommandOption("-l|--lever <LEVER>")]
    [Description("A lever to pull; it takes effect from its 'starts-at' time. Repeat for several.")]
    public string[] Levers { get; init; } = [];

    /// <summary>Opening time, as text.</summary>
    [CommandOption("--from <TIME>")]
    [Description("Horizon time at which the talks open. Default: 0.")]
    public string? FromText { get; init; }

    /// <summary>Deadline time, as text.</summary>
    [CommandOption("--to <TIME>")]
    [Description("Horizon time of the deadline. Default: the end of the horizon (0 without a dynamics section).")]
    public string? ToText { get; init; }

    /// <summary>Deadline in rounds.</summary>
    [CommandOption("--rounds <N>")]
    [Description("The deadline in rounds (each party acts once per round). Default: 100.")]
    [DefaultValue(100)]
    public int Rounds { get; init; } = 100;

    /// <summary>Time budget in seconds; 0 for none.</summary>
    [CommandOption("--budget <SECONDS>")]
    [Description(Commands.Budget.Description)]
    [DefaultValue(0)]
    public int BudgetSeconds { get; init; }

    /// <summary>The parsed opening time, or null for the default.</summary>
    public double? From => Parse(FromText);

    /// <summary>The parsed deadline time, or null for the default.</summary>
    public double? To => Parse(ToText);

    /// <summary>The date to analyse the scenario as of (<c>--at</c>), or null for the scenario as written.</summary>
    [CommandOption("--at <DATE>")]
    [Description("The talks open on this date (YYYY-MM-DD) instead of at --from: on a dynamics horizon with a calendar, the time of that date; otherwise the scenario as of the date (dated revisions in force then, later proposals left out).")]
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

        bool domain = AgreeSettings.IsDomainFile(Files[0]);
        if (!domain && Files.Length > 1)
        {
            return ValidationResult.Error($"A scenario is one file; got {Files.Length}. Profile files follow a GENIUS domain file (.xml) or a GeniusWeb domain file (.json) only.");
        }

        if (domain && Files.Length < 2)
        {
            return ValidationResult.Error("A domain file needs its profile files after it: parley simulate domain.xml profile1.xml profile2.xml.");
        }

        foreach (var (name, text) in new[] { ("--from", FromText), ("--to", ToText) })
        {
            if (text is not null && (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !double.IsFinite(v) || v < 0))
            {
                return ValidationResult.Error($"{name} must be a time of 0 or more, such as 6, not '{text}'.");
            }
        }

        if (BudgetSeconds < 0)
        {
            return ValidationResult.Error($"--budget must be 0 (no limit) or a number of seconds, not {BudgetSeconds}.");
        }

        if (Rounds < 1 || Rounds > 100_000)
        {
            return ValidationResult.Error($"--rounds must be between 1 and 100000, not {Rounds}.");
        }

        return ValidationResult.Success();
    }

    private static double? Parse(string? text) => text is null ? null : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
