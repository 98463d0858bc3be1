using System.Collections.Immutable;
using System.Globalization;
using Parley.Core.Dynamics;
using Parley.Core.Levers;
using Parley.Core.Model;
using Parley.Core.Model.Conflicts;
using Parley.Core.Stability;

namespace Parley.Core.Variants;

/// <summary>
/// The one place where a variant of a scenario is derived: levers pulled (in order) and, when a time is
/// given, the scenario taken at that time on the dynamics horizon. Every command, <c>analyze</c>, the
/// claims and the web app derive variants here, so "no such lever" is said once and the same way.
/// </summary>
public static class ScenarioVariant
{
    /// <summary>
    /// Derives the variant <paramref name="key"/> of <paramref name="scenario"/>, or says why it cannot be
    /// derived. Never throws for user-made problems (unknown lever, a lever that does not fit, a time
    /// without or outside the horizon): those come back as <see cref="VariantDerivation.Problems"/>.
    /// </summary>
    public static VariantDerivation Derive(Scenario scenario, VariantKey key) => Derive(scenario, key, conflictKnownFeasible: false);

    /// <summary>
    /// Derives the variant; with <paramref name="conflictKnownFeasible"/> the derived conflict is not checked
    /// again. A lens session's Monte Carlo draws pass it when the same variant of the undrawn scenario was
    /// derived: a draw changes figures, never the conflict, so the check (a pass over every state) would
    /// only repeat itself.
    /// </summary>
    internal static VariantDerivation Derive(Scenario scenario, VariantKey key, bool conflictKnownFeasible)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(key);
        var problems = Check(scenario, key);
        if (!problems.IsEmpty)
        {
            return new VariantDerivation(key, null, problems) { ProblemsIndependentOfFigures = true };
        }

        if (key.IsAsGiven)
        {
            return new VariantDerivation(key, scenario, []);
        }

        try
        {
            var derived = key.At is { } at ? ScenarioAtTime.At(scenario, at, key.Levers)
                : key.Date is { } date ? AsOf(scenario, date, key.Levers)
                : LeverApplication.Apply(scenario, key.Levers);
            if (!conflictKnownFeasible && !ReferenceEquals(derived.Conflict, scenario.Conflict) && derived.Conflict is { } conflict && ConflictProblem(conflict) is { } problem)
            {
                // The conflict is never drawn: every draw of this variant has the same problem.
                return new VariantDerivation(key, null, [new VariantProblem(VariantProblem.LeverDoesNotApply, Sentence(key, problem))])
                {
                    ProblemsIndependentOfFigures = true,
                };
            }

            return new VariantDerivation(key, derived, []);
        }
        catch (ArgumentException ex)
        {
            // The ids and the time were checked above; what is left is an effect that does not fit the
            // scenario (a figure pushed out of [0, 1], an option or actor it no longer has), which the
            // model's own integrity check is the one place to find. It is said, never thrown on.
            return new VariantDerivation(key, null, [new VariantProblem(VariantProblem.LeverDoesNotApply, Sentence(key, Trim(ex.Message)))]);
        }
    }

    /// <summary>
    /// The problems with <paramref name="key"/> that need no derivation: unknown lever ids, a time without
    /// a horizon or outside it. Used by commands to refuse a command line before any work starts.
    /// </summary>
    public static ImmutableArray<VariantProblem> Check(Scenario scenario, VariantKey key)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(key);
        var problems = ImmutableArray.CreateBuilder<VariantProblem>();
        foreach (var id in key.Levers)
        {
            if (scenario.FindLever(id) is null)
            {
                problems.Add(new VariantProblem(VariantProblem.UnknownLever, UnknownLever(scenario, id)));
            }
        }

        if (key.At is { } at)
        {
            if (scenario.Dynamics is not { } dynamics)
            {
                problems.Add(new VariantProblem(
                    VariantProblem.NoHorizon,
                    $"A time (at: {Format(at)}) is given, but the scenario has no dynamics section: add one with a horizon, or leave the time out."));
            }
            else if (!double.IsFinite(at) || !dynamics.Horizon.Contains(at))
            {
                problems.Add(new VariantProblem(
                    VariantProblem.OutsideHorizon,
                    $"The time (at: {Format(at)}) lies outside the dynamics horizon [0, {Format(dynamics.Horizon.Length)}] {dynamics.Horizon.Unit}: give a time within it."));
            }
        }

        if (key.Date is { } date && scenario.Dynamics is { } withHorizon && HorizonCalendar.Of(withHorizon.Horizon) is { } calendar)
        {
            var time = ScenarioAtTime.TimeOf(scenario, date);
            if (time is not { } t || !withHorizon.Horizon.Contains(t))
            {
                var end = calendar.DateAt(withHorizon.Horizon.Length);
                problems.Add(new VariantProblem(
                    VariantProblem.DateOutsideHorizon,
                    $"The date {VariantKey.FormatDate(date)} lies outside the dynamics horizon, which runs from {VariantKey.FormatDate(calendar.Start)} to {VariantKey.FormatDate(end)}: give a date within it."));
            }
        }

        return problems.ToImmutable();
    }

    /// <summary>
    /// Reads a date as <c>--at</c> and the web app take it (<c>YYYY-MM-DD</c>, or <c>YYYY-MM</c> for the first
    /// of the month); null and the problem (PAR205) when <paramref name="text"/> is not such a date.
    /// </summary>
    public static DateOnly? ReadDate(string text, out VariantProblem? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        // A bare year would read as a time on the horizon in a key (@2025), so a date needs its month.
        if (text.Trim().Length >= 7 && HorizonCalendar.TryParseDate(text, out var date))
        {
            problem = null;
            return date;
        }

        string shown = text.Length > 40 ? text[..40] + "…" : text;
        problem = new VariantProblem(VariantProblem.MalformedDate, $"'{shown}' is not a date: write it YYYY-MM-DD (or YYYY-MM for the first of the month), for example 2025-06-02.");
        return null;
    }

    /// <summary>The sentence for a lever id the scenario lacks, naming the levers it has (ids echoed at most 80 characters).</summary>
    public static string UnknownLever(Scenario scenario, string id)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(id);
        string shown = id.Length > 80 ? id[..80] + "…" : id;
        string known = scenario.Levers.IsEmpty ? "it defines none" : "its levers: " + string.Join(", ", scenario.Levers.Select(l => l.Id));
        return $"The scenario has no lever '{shown}' ({known}).";
    }

    private static string Sentence(VariantKey key, string why) => key.Levers.Length == 1
        ? $"Lever '{key.Levers[0]}' cannot be applied{At(key)}: {why}"
        : $"The levers {string.Join(" + ", key.Levers)} cannot be pulled together{At(key)}: {why}";

    // A lever that changes the conflict (fixes or forbids an option, replaces preferences) must leave a
    // feasible state and a feasible status quo, or the stability lens could not run on the variant.
    private static string? ConflictProblem(Conflict conflict)
    {
        if (GraphModel.TryFeasibleStates(conflict, out var feasibility) is null)
        {
            return feasibility!.Kind == GraphModelProblemKind.NoFeasibleState
                ? "together with the conflict's infeasibility conditions it rules out every state, so no feasible state remains (it fixes an option the conditions forbid)."
                : string.Concat(char.ToLowerInvariant(feasibility.Message[0]).ToString(), feasibility.Message[1..]);
        }

        return GraphModel.TryFromConflict(conflict, out var problem) is null ? problem!.Message : null;
    }

    private static string At(VariantKey key) => key.At is { } t ? $" at time {Format(t)}"
        : key.Date is { } d ? $" as of {VariantKey.FormatDate(d)}"
        : string.Empty;

    // The scenario as of a date: on a horizon with a calendar, the scenario at that time (dated revisions,
    // trends, the levers started by then); otherwise the dated revisions and proposals, then every lever.
    private static Scenario AsOf(Scenario scenario, DateOnly date, ImmutableArray<string> levers) =>
        ScenarioAtTime.TimeOf(scenario, date) is { } t
            ? ScenarioAtTime.At(scenario, t, levers)
            : LeverApplication.Apply(ScenarioAtTime.AsOf(scenario, date), levers);

    private static string Trim(string message)
    {
        int parameter = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return parameter < 0 ? message : message[..parameter];
    }

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
