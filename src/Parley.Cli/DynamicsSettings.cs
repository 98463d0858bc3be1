using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli;

/// <summary>Settings of <c>parley dynamics</c>.</summary>
public sealed class DynamicsSettings : FileSettings
{
    /// <summary>Tracks to follow (every track when none).</summary>
    [CommandOption("-t|--track <TRACK>")]
    [Description("A track to follow along the horizon; repeat for several. Default: every track.")]
    public string[] Tracks { get; init; } = [];

    /// <summary>Levers pulled, each from its start time.</summary>
    [CommandOption("-l|--lever <LEVER>")]
    [Description("A lever to pull; it takes effect from its 'starts-at' time. Repeat for several.")]
    public string[] Levers { get; init; } = [];

    /// <summary>Time between samples, as text (parsed invariantly).</summary>
    [CommandOption("--step <STEP>")]
    [Description("Time between samples, in the horizon's unit. Default: a twenty-fourth of the horizon.")]
    public string? StepText { get; init; }

    /// <summary>The parsed step, or null for the default.</summary>
    public double? Step => StepText is null ? null : double.Parse(StepText, NumberStyles.Float, CultureInfo.InvariantCulture);

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

        if (StepText is not null
            && (!double.TryParse(StepText, NumberStyles.Float, CultureInfo.InvariantCulture, out double step) || !double.IsFinite(step) || step <= 0))
        {
            return ValidationResult.Error($"--step must be a positive number such as 0.5, not '{StepText}'.");
        }

        return ValidationResult.Success();
    }
}
