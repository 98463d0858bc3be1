using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli;

/// <summary>Settings of <c>parley analyze</c>.</summary>
public sealed class AnalyzeSettings : FileSettings
{
    /// <summary>Extra variants: a lever id, or lever ids joined by '+' to pull together.</summary>
    [CommandOption("-l|--lever <LEVER>")]
    [Description("An extra variant to analyse besides each of the scenario's levers: a lever id, or ids joined by '+' to pull together. Repeatable.")]
    public string[] Levers { get; init; } = [];

    /// <summary>The folder for report.html and result.json, or null to write none.</summary>
    [CommandOption("-o|--out <DIR>")]
    [Description("Write report.html (self-contained, opens offline) and result.json into this folder.")]
    public string? Out { get; init; }

    /// <summary>One Monte Carlo draws count for every lens and claim, or null for the defaults.</summary>
    [CommandOption("--draws <N>")]
    [Description("Monte Carlo draws of the uncertain figures, for the forecasts, the claims' frequencies and the verdicts' robustness alike (default: 1000 for forecasts, 100 for claims and robustness, 200 for end states).")]
    public int? Draws { get; init; }

    /// <summary>Whether to skip the sensitivity probes (the figures that flip each verdict), the dearest part of the analysis.</summary>
    [CommandOption("--no-sensitivity")]
    [Description("Skip the sensitivity probes (which figures flip each verdict, and by how much); robustness over the draws is still computed.")]
    public bool NoSensitivity { get; init; }

    /// <summary>Largest draws count accepted.</summary>
    public const int MaxDraws = 100_000;

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

        if (Draws is < 1 or > MaxDraws)
        {
            return ValidationResult.Error($"--draws {Draws} is out of range: give 1 to {MaxDraws:N0}.");
        }

        if (!AtOption.Validate(At).Successful)
        {
            return AtOption.Validate(At);
        }

        if (BudgetSeconds < 0)
        {
            return ValidationResult.Error($"--budget must be 0 (no limit) or a number of seconds, not {BudgetSeconds}.");
        }

        return string.IsNullOrWhiteSpace(File) ? ValidationResult.Error("Give a scenario file: parley analyze scenarios/istanbul-2025.yaml.") : ValidationResult.Success();
    }
}
