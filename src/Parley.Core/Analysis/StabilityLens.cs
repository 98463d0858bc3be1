using System.Collections.Immutable;
using Parley.Core.Model.Conflicts;
using Parley.Core.Session;
using Parley.Core.Stability;

namespace Parley.Core.Analysis;

/// <summary>Runs the stability lens on a scenario's conflict and shapes it for the result.</summary>
internal static class StabilityLens
{
    public static StabilitySummary Run(StabilityLensResult lens, Conflict conflict, int maxGraphStates)
    {
        var model = lens.Model!;
        var stability = lens.Result!;
        int? sq = model.StatusQuo;
        var concepts = ImmutableArray.CreateBuilder<ConceptStability>();
        foreach (var concept in stability.Concepts)
        {
            var equilibria = stability.Equilibria(concept);
            bool? stable = sq is int s ? equilibria.Contains(s) : null;
            var reasons = ImmutableArray<string>.Empty;
            var paths = ImmutableArray<StatusQuoPath>.Empty;
            var deterrence = ImmutableArray<Deterrence>.Empty;
            if (sq is int q)
            {
                reasons = [.. Enumerable.Range(0, model.DecisionMakers.Length)
                    .Select(d => $"{model.DecisionMakers[d]}: {StabilityExplainer.Explain(model, q, d, concept).Reason}")];
                paths = StatusQuoAnalysis.Run(model, q, equilibria.Where(e => e != q));
                deterrence = DeterrenceAnalysis.OfState(model, q, [concept]);
            }

            concepts.Add(new ConceptStability(concept, equilibria, stable, reasons, paths, deterrence));
        }

        var options = conflict.DecisionMakers.SelectMany(d => d.Options.Select(o => (Id: o.Id, Text: $"{d.ActorId}: {o.Name}"))).ToList();
        bool complete = model.StateCount <= maxGraphStates;
        var listed = complete ? Enumerable.Range(0, model.StateCount).ToList() : Neighbourhood(model, concepts);
        var keep = new HashSet<int>(listed);
        var states = listed.Select(s => new StateNode(
            s,
            model.StateId(s),
            Taken(model, s, options.Select(o => o.Id).ToList()),
            s == sq,
            [.. concepts.Where(c => c.Equilibria.Contains(s)).Select(c => c.Concept)])).ToImmutableArray();

        // Unilateral moves between the listed states: the whole graph when it is small, else the
        // neighbourhood of the status quo that the report draws.
        var edges = ImmutableArray.CreateBuilder<StateEdge>();
        for (int d = 0; d < model.DecisionMakers.Length; d++)
        {
            foreach (int s in listed)
            {
                foreach (int t in model.MovesFrom(d, s))
                {
                    if (keep.Contains(t))
                    {
                        edges.Add(new StateEdge(s, t, model.DecisionMakers[d], model.Rank(d, t) > model.Rank(d, s)));
                    }
                }
            }
        }

        return new StabilitySummary(
            model.DecisionMakers,
            [.. options.Select(o => o.Text)],
            model.StateCount,
            sq,
            states,
            edges.ToImmutable(),
            complete,
            concepts.ToImmutable(),
            Explain(model, concepts),
            model);
    }

    private const int MaxDrawnEquilibria = 16;

    // For a graph too large to draw: the status quo, the states one move away from it, the SEQ
    // equilibria (Nash when SEQ was not computed; only those reached when there are more than
    // MaxDrawnEquilibria) and the states on the paths from the status quo to them.
    private static List<int> Neighbourhood(GraphModel model, ImmutableArray<ConceptStability>.Builder concepts)
    {
        var chosen = concepts.FirstOrDefault(c => c.Concept == StabilityConcept.Seq) ?? concepts.FirstOrDefault();
        var set = new SortedSet<int>();
        if (model.StatusQuo is int sq)
        {
            set.Add(sq);
            for (int d = 0; d < model.DecisionMakers.Length; d++)
            {
                set.UnionWith(model.MovesFrom(d, sq));
            }
        }

        if (chosen is not null)
        {
            // Many equilibria (a large model with several decision makers who rarely move) would swamp
            // the drawing: then only those the paths from the status quo reach are drawn.
            if (chosen.Equilibria.Length <= MaxDrawnEquilibria)
            {
                set.UnionWith(chosen.Equilibria);
            }

            foreach (var path in chosen.Paths)
            {
                foreach (var step in path.Steps)
                {
                    set.Add(step.From);
                    set.Add(step.To);
                }
            }
        }

        return [.. set];
    }

    private static ImmutableArray<string> Taken(GraphModel model, int state, List<string> optionIds)
    {
        if (!model.IsOptionForm)
        {
            return [model.StateNames[state]];
        }

        string label = $"state {GraphModel.Ordinal(state)}";
        return [.. optionIds.Where((_, b) => b < label.Length && label[b] == 'Y')];
    }

    private static string Explain(GraphModel model, ImmutableArray<ConceptStability>.Builder concepts)
    {
        if (model.StatusQuo is not int sq)
        {
            return $"The conflict names no status quo; {model.StateCount} states, equilibria listed per concept.";
        }

        var stableUnder = concepts.Where(c => c.StatusQuoStable == true).Select(c => Vocabulary.Terms.DisplayName(c.Concept)).ToList();
        var unstableUnder = concepts.Where(c => c.StatusQuoStable == false).Select(c => Vocabulary.Terms.DisplayName(c.Concept)).ToList();
        string label = $"state {GraphModel.Ordinal(sq)}";
        if (unstableUnder.Count == 0)
        {
            return $"The status quo ({label}) is stable under every concept computed ({string.Join(", ", stableUnder)}): no decision maker has a unilateral improvement it would risk.";
        }

        if (stableUnder.Count == 0)
        {
            return $"The status quo ({label}) is not stable under any concept: some decision maker has an improvement that no sanction deters.";
        }

        return $"The status quo ({label}) is stable under {string.Join(", ", stableUnder)} but not under {string.Join(", ", unstableUnder)}: it holds only if decision makers fear the other side's responses.";
    }
}
