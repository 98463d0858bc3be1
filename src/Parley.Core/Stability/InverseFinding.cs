using System.Collections.Immutable;
using Parley.Core.Model.Conflicts;

namespace Parley.Core.Stability;

/// <summary>
/// What the stability lens reports for an inverse question: the bounded search over the top positions of
/// one decision maker's ranking, with the current ranking and one example ranking per concept.
/// </summary>
/// <param name="Result">The counts per concept over every candidate ranking.</param>
/// <param name="Positions">How many top positions of the ranking were permuted.</param>
/// <param name="CurrentRanking">The decision maker's current ranking (state indices, best first, ties broken by state order).</param>
/// <param name="Examples">Per concept with at least one match, the first matching ranking (state indices, best first).</param>
public sealed record InverseFinding(
    InverseResult Result,
    int Positions,
    ImmutableArray<int> CurrentRanking,
    ImmutableDictionary<StabilityConcept, ImmutableArray<int>> Examples)
{
    /// <summary>
    /// Permutes the top <paramref name="positions"/> positions of <paramref name="decisionMaker"/>'s ranking
    /// (<see cref="InverseAnalysis.Permutations"/>) and tests each candidate (<see cref="InverseAnalysis.Run"/>).
    /// </summary>
    /// <param name="model">The model.</param>
    /// <param name="desiredState">The state that should be an equilibrium.</param>
    /// <param name="decisionMaker">The decision maker whose ranking varies.</param>
    /// <param name="positions">Top positions to permute: 1 to <see cref="InverseAnalysis.MaxSliceLength"/> and at most the state count.</param>
    /// <param name="concepts">The concepts (null: Nash, GMR, SMR, SEQ).</param>
    /// <remarks>The candidates are enumerated twice rather than kept: 10! rankings of a large model would not fit in memory.</remarks>
    public static InverseFinding Search(GraphModel model, int desiredState, int decisionMaker, int positions, IEnumerable<StabilityConcept>? concepts = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var result = InverseAnalysis.Run(model, desiredState, decisionMaker, InverseAnalysis.Permutations(model, decisionMaker, 0, positions), concepts);
        var first = result.Matching.Where(kv => !kv.Value.IsEmpty).ToDictionary(kv => kv.Key, kv => kv.Value[0]);
        var wanted = first.Values.ToHashSet();
        var found = new Dictionary<int, ImmutableArray<int>>();
        int index = 0;
        foreach (var candidate in InverseAnalysis.Permutations(model, decisionMaker, 0, positions))
        {
            if (wanted.Contains(index))
            {
                found[index] = candidate;
                if (found.Count == wanted.Count)
                {
                    break;
                }
            }

            index++;
        }

        var current = Enumerable.Range(0, model.StateCount).OrderByDescending(s => model.Rank(decisionMaker, s)).ThenBy(s => s).ToImmutableArray();
        return new InverseFinding(result, positions, current, first.ToImmutableDictionary(kv => kv.Key, kv => found[kv.Value]));
    }
}
