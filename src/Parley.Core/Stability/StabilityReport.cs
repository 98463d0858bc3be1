using System.Collections.Immutable;
using Parley.Core.Model.Conflicts;

namespace Parley.Core.Stability;

/// <summary>
/// Everything the stability lens reports for one conflict: the verdicts, explanations for the states
/// explained, coalition findings and the status-quo paths. Built by <see cref="Build"/>; read by the CLI
/// and the JSON writer.
/// </summary>
/// <param name="Model">The graph model.</param>
/// <param name="Result">Stability of every state for every decision maker.</param>
/// <param name="ExplainedStates">The states whose explanations are included (every state in small conflicts, else the status quo).</param>
/// <param name="Explanations">Per concept, explained state and decision maker, in that order.</param>
/// <param name="Coalitions">Per coalition asked for: coalition stability and the coalitional improvements from the status quo.</param>
/// <param name="StatusQuoPaths">Per concept, the shortest improvement paths from the status quo to each equilibrium (empty without a status quo or when not asked).</param>
/// <param name="StatusQuoDeterrence">Per concept and decision maker, deterrence at the status quo (empty without a status quo).</param>
/// <param name="ExplainedDeterrence">Per concept, explained state and decision maker, deterrence at that state (as <paramref name="Explanations"/>, in the same order).</param>
public sealed record StabilityReport(
    GraphModel Model,
    StabilityResult Result,
    ImmutableArray<int> ExplainedStates,
    ImmutableArray<StabilityExplanation> Explanations,
    ImmutableArray<CoalitionFinding> Coalitions,
    ImmutableDictionary<StabilityConcept, ImmutableArray<StatusQuoPath>> StatusQuoPaths,
    ImmutableArray<Deterrence> StatusQuoDeterrence = default,
    ImmutableArray<Deterrence> ExplainedDeterrence = default)
{
    /// <summary>Never default: empty when not given.</summary>
    public ImmutableArray<Deterrence> ExplainedDeterrence { get; init; } = ExplainedDeterrence.IsDefault ? [] : ExplainedDeterrence;

    /// <summary>Never default: empty when not given.</summary>
    public ImmutableArray<Deterrence> StatusQuoDeterrence { get; init; } = StatusQuoDeterrence.IsDefault ? [] : StatusQuoDeterrence;

    /// <summary>Up to this many states, every state is explained; above, only the status quo.</summary>
    public const int ExplainEveryStateUpTo = 256;

    /// <summary>Runs the analyses the options ask for.</summary>
    /// <param name="model">The model.</param>
    /// <param name="concepts">The concepts (empty: all that apply).</param>
    /// <param name="coalitions">Coalitions as decision-maker indices (each at least two members).</param>
    /// <param name="fromStatusQuo">Whether to find status-quo paths (coalitional steps use <paramref name="coalitions"/>).</param>
    public static StabilityReport Build(GraphModel model, IEnumerable<StabilityConcept> concepts, IReadOnlyList<IReadOnlyList<int>> coalitions, bool fromStatusQuo)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(concepts);
        ArgumentNullException.ThrowIfNull(coalitions);
        var result = StabilityAnalysis.Run(model, new StabilityOptions([.. concepts]));
        var explained = model.StateCount <= ExplainEveryStateUpTo
            ? [.. Enumerable.Range(0, model.StateCount)]
            : model.StatusQuo is int sq ? ImmutableArray.Create(sq) : [];
        var explanations = ImmutableArray.CreateBuilder<StabilityExplanation>();
        var deterrences = ImmutableArray.CreateBuilder<Deterrence>();
        foreach (var concept in result.Concepts)
        {
            foreach (int s in explained)
            {
                for (int d = 0; d < model.DecisionMakers.Length; d++)
                {
                    explanations.Add(StabilityExplainer.Explain(model, s, d, concept));
                    deterrences.Add(DeterrenceAnalysis.Explain(model, s, d, concept));
                }
            }
        }

        var findings = coalitions.Select(members => new CoalitionFinding(
            CoalitionAnalysis.Run(model, members, result.Concepts),
            model.StatusQuo is int q ? CoalitionAnalysis.Improvements(model, members, q) : [])).ToImmutableArray();

        var paths = ImmutableDictionary.CreateBuilder<StabilityConcept, ImmutableArray<StatusQuoPath>>();
        if (fromStatusQuo && model.StatusQuo is int from)
        {
            foreach (var concept in result.Concepts)
            {
                paths[concept] = StatusQuoAnalysis.Run(model, from, result.Equilibria(concept), coalitions);
            }
        }

        var deterrence = model.StatusQuo is int at ? DeterrenceAnalysis.OfState(model, at, result.Concepts) : [];
        return new StabilityReport(model, result, explained, explanations.ToImmutable(), findings, paths.ToImmutable(), deterrence, deterrences.ToImmutable());
    }
}
