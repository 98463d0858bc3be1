using System.Collections.Immutable;
using System.Globalization;
using Parley.Core.EndStates;
using Parley.Core.Session;
using Parley.Core.Stability;
using Parley.Core.Variants;

namespace Parley.Core.Analysis;

/// <summary>
/// The end-state lens of one variant for <c>analyze</c>: the session's <see cref="LensSession.EndStates"/>
/// report, with states named by the options taken (the state number changes when a lever removes an option).
/// </summary>
internal static class EndStatesLens
{
    /// <summary>The end states of the variant, or null when the scenario names none or the variant cannot be derived.</summary>
    public static EndStatesSummary? Run(LensSession session, VariantKey key)
    {
        if (session.EndStates(key) is not { } report)
        {
            return null;
        }

        var scenario = session.Variant(key).Scenario!;
        var model = session.Stability(key)?.Model;
        string State(int s) => model is null ? GraphModel.Ordinal(s).ToString(CultureInfo.InvariantCulture) : model.StateId(s);
        var outcomes = ImmutableArray.CreateBuilder<EndStateOutcome>(report.EndStates.Length);
        foreach (var e in report.EndStates)
        {
            var named = scenario.EndStates.FirstOrDefault(x => x.Id == e.EndStateId);
            outcomes.Add(new EndStateOutcome(
                e.EndStateId,
                named?.Name ?? e.EndStateId,
                named?.Description,
                e.Probability,
                e.Hits,
                e.Reachable,
                e.Reachable == true && e.Path.IsEmpty,
                e.Movers,
                [.. e.Path.Select(m => $"{m.Mover}: {State(m.From)} → {State(m.To)}")],
                [.. e.Equilibria.Select(c => new EndStateEquilibria(c.Concept, c.Contains, [.. c.States.Select(State)]))]));
        }

        double total = report.EndStates.Sum(e => e.Probability);
        return new EndStatesSummary(report.Draws, report.Seed, report.IsPartition, report.Unmatched, report.Overlapping, total, Note(report, total), outcomes.MoveToImmutable());
    }

    private static string Note(EndStateReport report, double total) => report.IsPartition
        ? "The end states partition the outcomes: every draw ends in exactly one, so their probabilities sum to 1."
        : string.Create(CultureInfo.InvariantCulture, $"The end states do not partition the outcomes: {report.Unmatched:0.###} of the draws end in no named end state and {report.Overlapping:0.###} in more than one, so their probabilities sum to {total:0.###}, not 1. Name the missing outcomes (or make the conditions exclusive) to read them as a distribution.");
}
