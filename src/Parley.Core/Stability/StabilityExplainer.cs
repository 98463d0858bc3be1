using System.Collections.Immutable;
using Parley.Core.Model.Conflicts;

namespace Parley.Core.Stability;

/// <summary>
/// Explains the stability of one state for one decision maker: each unilateral improvement and the
/// sanction (as a path of moves) that deters it, or why none exists. The verdict equals
/// <see cref="StabilityAnalysis"/>'s.
/// </summary>
public static class StabilityExplainer
{
    /// <summary>Explains <paramref name="state"/> for mover <paramref name="mover"/> (a decision-maker index, or a block index with a partition).</summary>
    /// <exception cref="ArgumentException">SIM for a model without option form.</exception>
    public static StabilityExplanation Explain(GraphModel model, int state, int mover, StabilityConcept concept, ImmutableArray<ImmutableArray<int>>? partition = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        if ((uint)state >= (uint)model.StateCount)
        {
            throw new ArgumentOutOfRangeException(nameof(state), state, $"Must be in [0, {model.StateCount}).");
        }

        if (!model.IsOptionForm && concept is StabilityConcept.Sim or StabilityConcept.SeqSim)
        {
            throw new ArgumentException("Simultaneous stability needs a conflict in option form.", nameof(concept));
        }

        var movers = StabilityAnalysis.MoversOf(model, partition);
        if ((uint)mover >= (uint)movers.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(mover), mover, $"Must be in [0, {movers.Length}).");
        }

        if (concept == StabilityConcept.SeqSim)
        {
            // SEQ+SIM holds per state: SEQ-stable or SIM-stable. Explain by whichever holds, else by both failing.
            var seq = Explain(model, state, mover, StabilityConcept.Seq, partition);
            if (seq.Stable)
            {
                return seq with { Concept = concept, Reason = "Sequentially stable: " + seq.Reason };
            }

            var sim = Explain(model, state, mover, StabilityConcept.Sim, partition);
            return sim with
            {
                Concept = concept,
                Reason = sim.Stable ? "Not sequentially stable, but simultaneously stable: " + sim.Reason : "Neither sequentially nor simultaneously stable: " + sim.Reason,
            };
        }

        string who = movers[mover].Name;
        string others = string.Join(", ", movers.Where((_, k) => k != mover).Select(m => m.Name));
        int ordinal = GraphModel.Ordinal(state);
        var items = ImmutableArray.CreateBuilder<ImprovementExplanation>();
        bool stable = true;
        foreach (int s1 in SanctionSearch.Improvements(model, movers[mover], state))
        {
            var path = SanctionSearch.Find(model, movers, mover, state, s1, concept);
            int to = GraphModel.Ordinal(s1);
            if (path is null)
            {
                stable = false;
                string why = concept switch
                {
                    StabilityConcept.Nash => $"{who} prefers {to} to {ordinal}; Nash stability admits no sanction.",
                    StabilityConcept.Seq => $"No sequence of unilateral improvements by {others} leads from {to} to a state {who} ranks no higher than {ordinal}.",
                    StabilityConcept.Smr => $"Every sequence of moves by {others} from {to} ends where {who} ranks higher than {ordinal} or can escape by a further move to such a state.",
                    StabilityConcept.Sim => $"No simultaneous improvements by {others} from {ordinal} combine with the move to {to} into a state {who} ranks no higher than {ordinal}.",
                    _ => $"No sequence of moves by {others} leads from {to} to a state {who} ranks no higher than {ordinal}.",
                };
                items.Add(new ImprovementExplanation(s1, false, [], why));
            }
            else
            {
                int end = concept == StabilityConcept.Sim ? Combined(model, s1, path) : path[^1].To;
                string steps = string.Join(", then ", path.Select(m => $"{m.Mover} {GraphModel.Ordinal(m.From)}→{GraphModel.Ordinal(m.To)}"));
                items.Add(new ImprovementExplanation(s1, true, [.. path], $"The move to {to} is deterred: {steps}, ending at {GraphModel.Ordinal(end)}, which {who} ranks no higher than {ordinal}."));
            }
        }

        string reason = items.Count == 0
            ? $"{who} has no unilateral improvement from {ordinal}."
            : stable
                ? $"Each of {who}'s {items.Count} unilateral improvements from {ordinal} is deterred."
                : $"{who} has an undeterred unilateral improvement from {ordinal} (to {GraphModel.Ordinal(items.First(i => !i.Deterred).To)}).";
        return new StabilityExplanation(state, who, concept, stable, items.ToImmutable(), reason);
    }

    private static int Combined(GraphModel model, int s1, List<Move> simultaneous)
    {
        int code = model.DecimalCode(s1);
        int from = model.DecimalCode(simultaneous[0].From);
        foreach (var m in simultaneous)
        {
            code ^= model.DecimalCode(m.To) ^ from;
        }

        return model.StateOfCode(code);
    }
}
