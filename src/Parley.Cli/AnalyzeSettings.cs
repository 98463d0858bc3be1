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

        if (BudgetSeconds < 0)
        {
            return ValidationResult.Error($"--budget must be 0 (no limit) or a number of seconds, not {BudgetSeconds}.");
        }

        return string.IsNullOrWhiteSpace(File) ? ValidationResult.Error("Give a scenario file: parley analyze scenarios/istanbul-2025.yaml.") : ValidationResult.Success();
    }
}
