using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli;

/// <summary>Settings of <c>parley forecast</c>.</summary>
public sealed class ForecastCommandSettings : GlobalSettings
{
    /// <summary>A scenario (.yaml), a KTAB CSV/XML file, or an expected-utility table (.csv).</summary>
    [CommandArgument(0, "<FILE>")]
    [Description("A scenario (.yaml), a KTAB SMP file (.csv or .xml), or a table with columns Actor, Capability, Position, Salience (.csv).")]
    public string File { get; init; } = string.Empty;

    /// <summary>Models to run (all when none).</summary>
    [CommandOption("-m|--model <MODEL>")]
    [Description("A model: weightedMean, weightedMedian, strongestActor, statusQuo, expectedUtility, spatialPolitics (aliases: mean, median, strongest, sq, eum, smp). Repeat for several. Default: all.")]
    public string[] Models { get; init; } = [];

    /// <summary>Monte Carlo runs where inputs are uncertain.</summary>
    [CommandOption("-n|--runs <N>")]
    [Description("Monte Carlo runs per model where inputs are uncertain (0 turns Monte Carlo off). Default: 1000.")]
    [DefaultValue(1000)]
    public int Runs { get; init; } = 1000;

    /// <summary>Master seed.</summary>
    [CommandOption("-s|--seed <SEED>")]
    [Description("Master seed of the Monte Carlo runs (the same seed gives the same result on any machine and thread count). Default: 20250516.")]
    [DefaultValue("20250516")]
    public string SeedText { get; init; } = "20250516";

    /// <summary>The parsed seed.</summary>
    public ulong Seed => ulong.Parse(SeedText, NumberStyles.Integer, CultureInfo.InvariantCulture);

    /// <summary>Levers to pull first (scenarios only).</summary>
    [CommandOption("-l|--lever <LEVER>")]
    [Description("A lever to pull before the forecast (scenarios only); repeat for several, applied in order.")]
    public string[] Levers { get; init; } = [];

    /// <summary>The date to analyse the scenario as of (<c>--at</c>), or null for the scenario as written.</summary>
    [CommandOption("--at <DATE>")]
    [Description(AtOption.Description)]
    public string? At { get; init; }

    /// <summary>Time budget in seconds; 0 for none.</summary>
    [CommandOption("--budget <SECONDS>")]
    [Description(Commands.Budget.Description)]
    [DefaultValue(0)]
    public int BudgetSeconds { get; init; }

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

        if (BudgetSeconds < 0)
        {
            return ValidationResult.Error($"--budget must be 0 (no limit) or a number of seconds, not {BudgetSeconds}.");
        }

        if (File.Length == 0)
        {
            return ValidationResult.Error("Give a scenario, KTAB or expected-utility file to forecast.");
        }

        if (Runs < 0)
        {
            return ValidationResult.Error($"--runs must be 0 or more; got {Runs}.");
        }

        if (!ulong.TryParse(SeedText, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
        {
            return ValidationResult.Error($"--seed must be a whole number from 0 to {ulong.MaxValue}; got '{SeedText}'.");
        }

        foreach (var model in Models)
        {
            if (ForecastModelNames.TryParse(model) is null)
            {
                return ValidationResult.Error($"Unknown model '{model}'. Models: {string.Join(", ", ForecastModelNames.All)}.");
            }
        }

        return ValidationResult.Success();
    }
}
