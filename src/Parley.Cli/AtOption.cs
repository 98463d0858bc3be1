using Parley.Core.Variants;
using Spectre.Console;

namespace Parley.Cli;

/// <summary>
/// The <c>--at DATE</c> option of every analysing command: the date goes into the variant key
/// (<c>a+b@2025-06-02</c>), and the lens session derives the scenario as of that date (see
/// <see cref="ScenarioVariant.Derive"/>), so one date means the same thing in every command.
/// </summary>
internal static class AtOption
{
    /// <summary>The option's description, shared by the commands that take it.</summary>
    public const string Description = "Analyse the scenario as of a date (YYYY-MM-DD): dated revisions in force then, later proposals left out, trends and started levers at that date when the dynamics horizon has a calendar (a date outside it is refused).";

    /// <summary>An error when <paramref name="text"/> is given and is not a date.</summary>
    public static ValidationResult Validate(string? text)
    {
        if (text is null)
        {
            return ValidationResult.Success();
        }

        ScenarioVariant.ReadDate(text, out var problem);
        return problem is null ? ValidationResult.Success() : ValidationResult.Error($"--at: {problem.Message}");
    }

    /// <summary>The date of <paramref name="text"/>, or null when none is given (validated before).</summary>
    public static DateOnly? Date(string? text) => text is null ? null : ScenarioVariant.ReadDate(text, out _);

    /// <summary>Says, above a command's text output, which date the answers are as of.</summary>
    public static void Announce(IAnsiConsole console, DateOnly? date)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (date is { } d)
        {
            console.MarkupLine($"[grey]As of {VariantKey.FormatDate(d)}: the dated revisions in force then, the proposals made by then.[/]");
        }
    }
}
