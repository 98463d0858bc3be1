using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli;

/// <summary>Settings of <c>parley compare</c>.</summary>
public sealed class CompareSettings : FileSettings
{
    /// <summary>The variants to compare with the scenario as given: a lever id, or ids joined by '+'.</summary>
    [CommandOption("-l|--lever <LEVER>")]
    [Description("A lever to compare with the scenario as given (ids joined by '+' are pulled together). Give one or more.")]
    public string[] Levers { get; init; } = [];

    /// <summary>Time budget in seconds; 0 for none.</summary>
    [CommandOption("--budget <SECONDS>")]
    [Description(Commands.Budget.Description)]
    [DefaultValue(0)]
    public int BudgetSeconds { get; init; }

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

        if (BudgetSeconds < 0)
        {
            return ValidationResult.Error($"--budget must be 0 (no limit) or a number of seconds, not {BudgetSeconds}.");
        }

        return Levers.Length == 0
            ? ValidationResult.Error("Give at least one lever to compare: parley compare FILE --lever A [--lever B].")
            : ValidationResult.Success();
    }
}
