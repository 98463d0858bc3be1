using System.Collections.Immutable;
using Parley.Core.Model.Conflicts;
using Parley.Core.Threading;

namespace Parley.Core.Stability;

/// <summary>
/// Individual stability of every state for every decision maker (or coalition block) under Nash, GMR,
/// SMR, SEQ, SIM and SEQ+SIM, with the textbook semantics for any number of decision makers.
/// </summary>
/// <remarks>
/// Cost: Nash O(Σ moves); GMR, SMR and SEQ one fixed point per focal decision maker over (state, last
/// mover) pairs, each pass O(n · movers) with fibre groups (reversible options) or O(Σ moves) otherwise;
/// SIM O(Σ_s Π_k (|UI_k(s)| + 1)) in the worst case, with early exit. Memory O(n · movers); nothing of
/// size n × n. See docs/stability.md.
/// </remarks>
public static class StabilityAnalysis
{
    /// <summary>Runs the analysis.</summary>
    /// <exception cref="ArgumentException">SIM was asked of a model without option form, or the partition is not a partition.</exception>
    public static StabilityResult Run(GraphModel model, StabilityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        options ??= StabilityOptions.Default;
        var parallel = ParallelWork.Options(options.MaxDegreeOfParallelism);
        var movers = MoversOf(model, options.Partition);
        var groups = movers.Select(m => MoverGroups.Applies(model, m) ? MoverGroups.Build(model, m, parallel) : null).ToArray();
        var concepts = options.EffectiveConcepts;
        if (!model.IsOptionForm)
        {
            concepts = [.. concepts.Where(c => c is not StabilityConcept.Sim and not StabilityConcept.SeqSim)];
        }

        int n = model.StateCount;
        int words = (n + 63) / 64;
        var result = new Dictionary<StabilityConcept, ulong[][]>();
        foreach (var concept in concepts)
        {
            result[concept] = new ulong[movers.Length][];
        }

        var stable = new byte[n];
        for (int i = 0; i < movers.Length; i++)
        {
            var mover = movers[i];
            var others = Enumerable.Range(0, movers.Length).Where(k => k != i).ToArray();
            foreach (var concept in concepts)
            {
                if (concept == StabilityConcept.SeqSim)
                {
                    continue;
                }

                switch (concept)
                {
                    case StabilityConcept.Nash:
                        StabilityKernels.Check(model, mover, groups[i], null, stable, parallel);
                        break;
                    case StabilityConcept.Gmr:
                    case StabilityConcept.Seq:
                        var t = mover.Members.Select(m => StabilityKernels.Reach(model, movers, groups, others, model.RankArray(m), concept == StabilityConcept.Seq, parallel)).ToArray();
                        StabilityKernels.Check(model, mover, groups[i], t, stable, parallel);
                        break;
                    case StabilityConcept.Smr when mover.IsSingleton:
                        var w = StabilityKernels.BestResponse(model, mover, groups[i], parallel);
                        StabilityKernels.Check(model, mover, groups[i], [StabilityKernels.Reach(model, movers, groups, others, w, false, parallel)], stable, parallel);
                        break;
                    case StabilityConcept.Smr:
                        // A block's escape test compares vectors of ranks, which has no single threshold:
                        // test state by state.
                        int focal = i;
                        Parallel.For(0, n, parallel, s => stable[s] = (byte)(SanctionSearch.IsStable(model, movers, focal, s, StabilityConcept.Smr) ? 1 : 0));
                        break;
                    case StabilityConcept.Sim:
                        SimultaneousSanction.Check(model, movers, groups, i, stable, parallel);
                        break;
                }

                result[concept][i] = Pack(stable, words);
            }

            if (result.TryGetValue(StabilityConcept.SeqSim, out var seqSim))
            {
                var seq = result.TryGetValue(StabilityConcept.Seq, out var q) ? q[i] : Compute(model, movers, groups, i, StabilityConcept.Seq, stable, parallel, words);
                var sim = result.TryGetValue(StabilityConcept.Sim, out var m) ? m[i] : Compute(model, movers, groups, i, StabilityConcept.Sim, stable, parallel, words);
                var bits = new ulong[words];
                for (int k = 0; k < words; k++)
                {
                    bits[k] = seq[k] | sim[k];
                }

                seqSim[i] = bits;
            }
        }

        return new StabilityResult(model, [.. movers.Select(m => m.Name)], result);
    }

    internal static Mover[] MoversOf(GraphModel model, ImmutableArray<ImmutableArray<int>>? partition)
    {
        int dms = model.DecisionMakers.Length;
        if (partition is not { } blocks)
        {
            return [.. Enumerable.Range(0, dms).Select(d => new Mover(model, [d]))];
        }

        var seen = new bool[dms];
        var movers = new List<Mover>();
        foreach (var block in blocks)
        {
            if (block.IsDefaultOrEmpty)
            {
                throw new ArgumentException("A partition block is empty.", nameof(partition));
            }

            foreach (int d in block)
            {
                if ((uint)d >= (uint)dms || seen[d])
                {
                    throw new ArgumentException($"Decision maker index {d} is out of range or in two blocks.", nameof(partition));
                }

                seen[d] = true;
            }

            movers.Add(new Mover(model, [.. block]));
        }

        for (int d = 0; d < dms; d++)
        {
            if (!seen[d])
            {
                movers.Add(new Mover(model, [d]));
            }
        }

        return [.. movers];
    }

    private static ulong[] Compute(GraphModel model, Mover[] movers, MoverGroups?[] groups, int i, StabilityConcept concept, byte[] stable, ParallelOptions parallel, int words)
    {
        if (concept == StabilityConcept.Sim)
        {
            SimultaneousSanction.Check(model, movers, groups, i, stable, parallel);
        }
        else
        {
            var others = Enumerable.Range(0, movers.Length).Where(k => k != i).ToArray();
            var t = movers[i].Members.Select(m => StabilityKernels.Reach(model, movers, groups, others, model.RankArray(m), true, parallel)).ToArray();
            StabilityKernels.Check(model, movers[i], groups[i], t, stable, parallel);
        }

        return Pack(stable, words);
    }

    private static ulong[] Pack(byte[] stable, int words)
    {
        var bits = new ulong[words];
        for (int s = 0; s < stable.Length; s++)
        {
            if (stable[s] != 0)
            {
                bits[s >> 6] |= 1UL << (s & 63);
            }
        }

        return bits;
    }
}
