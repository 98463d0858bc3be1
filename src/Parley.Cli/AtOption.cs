using Parley.Core.Dynamics;
using Parley.Core.Model;
using Spectre.Console;

namespace Parley.Cli;

/// <summary>The <c>--at DATE</c> option: the scenario as of a calendar date (see <see cref="ScenarioAtTime.AtDate"/>).</summary>
internal static class AtOption
{
    /// <summary>The option's description, shared by the commands that take it.</summary>
    public const string Description = "Analyse the scenario as of a date (YYYY-MM-DD): dated revisions in force then, later proposals left out, trends at that date when it lies on the dynamics horizon.";

    /// <summary>An error when <paramref name="text"/> is given and is not a date.</summary>
    public static ValidationResult Validate(string? text) =>
        text is null || HorizonCalendar.TryParseDate(text, out _)
            ? ValidationResult.Success()
            : ValidationResult.Error($"--at must be a date written YYYY-MM-DD (or YYYY-MM), not '{text}'.");

    /// <summary>The scenario as of the date <paramref name="text"/>, or the scenario itself when none is given.</summary>
    public static Scenario Apply(Scenario scenario, string? text) =>
        text is not null && HorizonCalendar.TryParseDate(text, out var date) ? ScenarioAtTime.AtDate(scenario, date) : scenario;
}
