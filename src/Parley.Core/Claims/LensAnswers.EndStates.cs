using System.Globalization;
using Parley.Core.EndStates;

namespace Parley.Core.Claims;

// The end-state lens of the claim language: endstate(id).probability, .reachable, .equilibrium(concept).
internal sealed partial class LensAnswers
{
    private QueryAnswer EndStateAnswer(LensQuery query)
    {
        string id = query.Argument("id")!;
        var scenario = _scenario!;
        if (!scenario.EndStates.Any(e => e.Id == id))
        {
            return QueryAnswer.Lacking(scenario.EndStates.IsEmpty
                ? "the scenario names no end states"
                : $"the scenario has no end state '{id}' (its end states: {string.Join(", ", scenario.EndStates.Select(e => e.Id))})");
        }

        var report = _session.EndStates(_variant)!;
        var result = report.EndStates.First(e => e.EndStateId == id);
        switch (query.Property)
        {
            case "probability":
                return QueryAnswer.Of(result.Probability, $"The status-quo path ends in '{id}' in {result.Hits} of {report.Draws} draws ({result.Probability.ToString("0.###", CultureInfo.InvariantCulture)}).");
            case "reachable":
                if (result.Reachable is not { } reachable)
                {
                    return QueryAnswer.Lacking("the scenario has no conflict with a status quo");
                }

                return QueryAnswer.Of(reachable, reachable
                    ? $"'{id}' is reached from the status quo{(result.Path.IsEmpty ? " (it holds there already)" : $" by moves of {string.Join(", ", result.Movers)}")}."
                    : $"No sequence of improvements leads from the status quo into '{id}'.");
            default:
            {
                Vocabulary.Terms.TryParse<Stability.StabilityConcept>(query.PropertyArgument("concept"), out var concept);
                var found = result.Equilibria.FirstOrDefault(c => c.Concept == concept);
                return found is null
                    ? QueryAnswer.Lacking($"the {query.PropertyArgument("concept")} concept was not computed for this conflict")
                    : QueryAnswer.Of(found.Contains, $"'{id}' contains {found.States.Length} {query.PropertyArgument("concept")} equilibri{(found.States.Length == 1 ? "um" : "a")}.");
            }
        }
    }
}
