using System.Collections.Immutable;
using Parley.Core.Model.Conflicts;

namespace Parley.Core.Stability;

/// <summary>
/// Stability of every state for every mover (decision maker, or coalition block) under each computed
/// concept, stored as bit sets (n bits per concept and mover), and the equilibria.
/// </summary>
public sealed class StabilityResult
{
    private readonly Dictionary<StabilityConcept, ulong[][]> stable;
    private readonly Dictionary<StabilityConcept, ImmutableArray<int>> equilibria;

    internal StabilityResult(GraphModel model, ImmutableArray<string> movers, Dictionary<StabilityConcept, ulong[][]> stable)
    {
        Model = model;
        Movers = movers;
        this.stable = stable;
        equilibria = [];
        foreach (var (concept, bits) in stable)
        {
            var list = ImmutableArray.CreateBuilder<int>();
            for (int s = 0; s < model.StateCount; s++)
            {
                bool all = true;
                foreach (var b in bits)
                {
                    all &= (b[s >> 6] & (1UL << (s & 63))) != 0;
                }

                if (all)
                {
                    list.Add(s);
                }
            }

            equilibria[concept] = list.ToImmutable();
        }
    }

    /// <summary>The model analysed.</summary>
    public GraphModel Model { get; }

    /// <summary>Names of the movers: actor ids, or member ids joined by '+' for coalition blocks.</summary>
    public ImmutableArray<string> Movers { get; }

    /// <summary>The concepts computed, in enum order.</summary>
    public ImmutableArray<StabilityConcept> Concepts => [.. stable.Keys.Order()];

    /// <summary>Whether <paramref name="state"/> is stable for mover <paramref name="mover"/> under <paramref name="concept"/>.</summary>
    /// <exception cref="ArgumentException">The concept was not computed.</exception>
    public bool IsStable(StabilityConcept concept, int mover, int state)
    {
        var bits = Bits(concept);
        if ((uint)mover >= (uint)bits.Length || (uint)state >= (uint)Model.StateCount)
        {
            throw new ArgumentOutOfRangeException(nameof(state), $"Mover must be in [0, {bits.Length}) and state in [0, {Model.StateCount}).");
        }

        return (bits[mover][state >> 6] & (1UL << (state & 63))) != 0;
    }

    /// <summary>The states stable for <paramref name="mover"/> under <paramref name="concept"/>, in order.</summary>
    public IEnumerable<int> StableStates(StabilityConcept concept, int mover)
    {
        for (int s = 0; s < Model.StateCount; s++)
        {
            if (IsStable(concept, mover, s))
            {
                yield return s;
            }
        }
    }

    /// <summary>The equilibria under <paramref name="concept"/> (states stable for every mover), in order.</summary>
    public ImmutableArray<int> Equilibria(StabilityConcept concept) =>
        equilibria.TryGetValue(concept, out var e) ? e : throw new ArgumentException($"Concept {concept} was not computed.", nameof(concept));

    private ulong[][] Bits(StabilityConcept concept) =>
        stable.TryGetValue(concept, out var b) ? b : throw new ArgumentException($"Concept {concept} was not computed.", nameof(concept));
}
