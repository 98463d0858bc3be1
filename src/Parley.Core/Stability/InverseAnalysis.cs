using System.Collections.Immutable;
using Parley.Core.Model.Conflicts;

namespace Parley.Core.Stability;

/// <summary>
/// Inverse GMCR in its basic form (Kinsara 2014): for a desired state, which preference rankings of one
/// decision maker make it an equilibrium under each concept. A ranking counts for GMR, SMR or SEQ only
/// when every unilateral improvement from the desired state is deterred (the conjunction over all
/// improvements; gmcr-py's defect D2, where the last improvement examined decides, is not repeated).
/// </summary>
/// <remarks>Cost: candidates × (one stability test of one state per decision maker). Bounded search
/// enumerates (slice length)! rankings.</remarks>
public static class InverseAnalysis
{
    /// <summary>The largest slice <see cref="Permutations"/> accepts (10! = 3,628,800 rankings).</summary>
    public const int MaxSliceLength = 10;

    /// <summary>Tests each candidate ranking (a strict order of all state indices, best first).</summary>
    public static InverseResult Run(GraphModel model, int desiredState, int decisionMaker, IEnumerable<ImmutableArray<int>> candidates, IEnumerable<StabilityConcept>? concepts = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(candidates);
        if ((uint)desiredState >= (uint)model.StateCount || (uint)decisionMaker >= (uint)model.DecisionMakers.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(desiredState), $"State must be in [0, {model.StateCount}) and decision maker in [0, {model.DecisionMakers.Length}).");
        }

        var wanted = (concepts ?? [StabilityConcept.Nash, StabilityConcept.Gmr, StabilityConcept.Smr, StabilityConcept.Seq])
            .Where(c => model.IsOptionForm || c is not StabilityConcept.Sim and not StabilityConcept.SeqSim).Distinct().Order().ToArray();
        var matching = wanted.ToDictionary(c => c, _ => ImmutableArray.CreateBuilder<int>());
        int count = 0;
        var rank = new int[model.StateCount];
        foreach (var candidate in candidates)
        {
            if (candidate.Length != model.StateCount)
            {
                throw new ArgumentException($"Candidate {count} ranks {candidate.Length} states; the model has {model.StateCount}.", nameof(candidates));
            }

            for (int p = 0; p < candidate.Length; p++)
            {
                rank[candidate[p]] = candidate.Length - p;
            }

            var varied = model.WithRanks(decisionMaker, rank);
            var movers = StabilityAnalysis.MoversOf(varied, null);
            foreach (var c in wanted)
            {
                bool equilibrium = true;
                for (int d = 0; d < movers.Length && equilibrium; d++)
                {
                    equilibrium = SanctionSearch.IsStable(varied, movers, d, desiredState, c);
                }

                if (equilibrium)
                {
                    matching[c].Add(count);
                }
            }

            count++;
        }

        return new InverseResult(desiredState, model.DecisionMakers[decisionMaker], count, matching.ToImmutableDictionary(kv => kv.Key, kv => kv.Value.ToImmutable()));
    }

    /// <summary>
    /// Bounded search (as gmcr-py): every permutation of the positions [<paramref name="sliceStart"/>,
    /// <paramref name="sliceEnd"/>) of the decision maker's current ranking (ties broken by state order),
    /// in lexicographic order of the slice.
    /// </summary>
    public static IEnumerable<ImmutableArray<int>> Permutations(GraphModel model, int decisionMaker, int sliceStart, int sliceEnd)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (sliceStart < 0 || sliceEnd > model.StateCount || sliceEnd - sliceStart < 1 || sliceEnd - sliceStart > MaxSliceLength)
        {
            throw new ArgumentOutOfRangeException(nameof(sliceEnd), $"The slice [{sliceStart}, {sliceEnd}) must lie in [0, {model.StateCount}) and hold 1 to {MaxSliceLength} states.");
        }

        var order = Enumerable.Range(0, model.StateCount).OrderByDescending(s => model.Rank(decisionMaker, s)).ThenBy(s => s).ToArray();
        return Enumerate(order, sliceStart, sliceEnd);
    }

    private static IEnumerable<ImmutableArray<int>> Enumerate(int[] order, int a, int b)
    {
        var slice = order[a..b];
        Array.Sort(slice);
        while (true)
        {
            var candidate = (int[])order.Clone();
            slice.CopyTo(candidate, a);
            yield return [.. candidate];
            int i = slice.Length - 2;
            while (i >= 0 && slice[i] >= slice[i + 1])
            {
                i--;
            }

            if (i < 0)
            {
                yield break;
            }

            int j = slice.Length - 1;
            while (slice[j] <= slice[i])
            {
                j--;
            }

            (slice[i], slice[j]) = (slice[j], slice[i]);
            Array.Reverse(slice, i + 1, slice.Length - i - 1);
        }
    }
}
