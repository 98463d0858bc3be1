using System.Collections.Immutable;
using Parley.Core.Agreement;
using Parley.Core.Claims;
using Parley.Core.Levers;
using Parley.Core.Model;
using Parley.Core.Model.Conflicts;
using Parley.Core.Stability;

namespace Parley.Core.EndStates;

/// <summary>
/// Where the conflict ends. For each named <see cref="EndState"/>: which equilibria of each stability
/// concept lie in it, whether the status quo reaches it by improvements (and by whose moves), and its
/// probability: the share of Monte Carlo draws of the uncertain figures in which the outcome lies in it.
/// </summary>
/// <remarks>
/// <para>The outcome of a draw is the state where the status-quo path ends (the nearest equilibrium of
/// <see cref="EndStateOptions.PathConcept"/> reachable from the status quo by improvements, no mover twice
/// in a row; the smallest state index among the nearest) together with, for each track an end state
/// names, whether its agreement space is empty in that draw (decided exactly). The conflict's preferences
/// are ordinal and carry no uncertain figure, so only the agreement outcomes vary between draws.</para>
/// <para>When the end states partition the outcomes (each draw lies in exactly one), their probabilities
/// sum to 1; the report gives the shares of draws in none and in several, so a modeller sees when they do
/// not. Deterministic for a given seed: draws are made in order from one seeded generator.</para>
/// <para>Cost: one stability analysis and one breadth-first search per end state, plus draws × tracks exact
/// agreement decisions.</para>
/// </remarks>
public static class EndStateAnalysis
{
    /// <summary>Analyses the scenario's end states, with <see cref="EndStateOptions.Levers"/> pulled first.</summary>
    /// <exception cref="ArgumentException">A lever is unknown or cannot apply, or the conflict has no feasible state.</exception>
    public static EndStateReport Run(Scenario scenario, EndStateOptions options) => Run(scenario, options, null);

    /// <summary>
    /// Analyses the end states of <paramref name="scenario"/> with <see cref="EndStateOptions.Levers"/> pulled first,
    /// reusing <paramref name="structure"/> when given: the structure of the same variant of a scenario that differs
    /// from this one only in its uncertain figures (a draw leaves the conflict as it is).
    /// </summary>
    internal static EndStateReport Run(Scenario scenario, EndStateOptions options, EndStateStructure? structure)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        var levers = options.Levers.IsDefault ? [] : options.Levers;
        var derived = levers.IsEmpty ? scenario : LeverApplication.Apply(scenario, levers);
        structure ??= StructureOf(derived, options);
        var endStates = derived.EndStates;

        // Draws: the agreement outcome of every track an end state names.
        var tracks = endStates.SelectMany(e => e.Agreements.IsDefault ? [] : e.Agreements).Select(a => a.Track).Distinct().ToArray();
        bool uncertain = Claims.ScenarioDraw.HasUncertainty(derived);
        int draws = uncertain ? Math.Max(1, options.Draws) : 1;
        var random = new Random(options.Seed);
        var hits = new int[endStates.Length];
        int unmatched = 0, overlapping = 0;
        var agreement = new Dictionary<string, bool>(StringComparer.Ordinal);
        for (int k = 0; k < draws; k++)
        {
            var draw = uncertain ? ScenarioDraw.Of(derived, random) : derived;
            foreach (var track in tracks)
            {
                agreement[track] = !AgreementSpace.FindAcceptable(AgreementProblem.From(draw, [track])).IsDefault;
            }

            int matched = 0;
            for (int e = 0; e < endStates.Length; e++)
            {
                if (Holds(endStates[e], structure.PathEnd, structure.StateSets[e], agreement))
                {
                    hits[e]++;
                    matched++;
                }
            }

            unmatched += matched == 0 ? 1 : 0;
            overlapping += matched > 1 ? 1 : 0;
        }

        var results = ImmutableArray.CreateBuilder<EndStateResult>(endStates.Length);
        for (int e = 0; e < endStates.Length; e++)
        {
            results.Add(structure.Results[e] with { Hits = hits[e], Probability = (double)hits[e] / draws });
        }

        return new EndStateReport(levers, draws, options.Seed, structure.PathEnd, results.MoveToImmutable(), (double)unmatched / draws, (double)overlapping / draws);
    }

    /// <summary>The draw-independent part of the analysis of <paramref name="derived"/> (levers already pulled).</summary>
    /// <exception cref="ArgumentException">The conflict has no feasible state.</exception>
    internal static EndStateStructure StructureOf(Scenario derived, EndStateOptions options)
    {
        ArgumentNullException.ThrowIfNull(derived);
        ArgumentNullException.ThrowIfNull(options);
        var endStates = derived.EndStates;
        var conflict = derived.Conflict;
        var model = conflict is null ? null : GraphModel.FromConflict(conflict);
        var stability = model is null ? null : StabilityAnalysis.Run(model, options.Stability);
        int? statusQuo = model?.StatusQuo;
        int? pathEnd = model is null || statusQuo is null ? null : PathEnd(model, stability!, statusQuo.Value, options);
        var results = ImmutableArray.CreateBuilder<EndStateResult>(endStates.Length);
        for (int e = 0; e < endStates.Length; e++)
        {
            var states = model is null ? [] : StatesIn(model, conflict!, endStates[e].When);
            var inState = new HashSet<int>(states);
            var equilibria = stability is null
                ? ImmutableArray<ConceptEquilibria>.Empty
                : [.. stability.Concepts.Select(c => new ConceptEquilibria(c, [.. stability.Equilibria(c).Where(inState.Contains)]))];
            var (reachable, path) = model is null || statusQuo is null
                ? ((bool?)null, ImmutableArray<Move>.Empty)
                : Reach(model, statusQuo.Value, inState);
            results.Add(new EndStateResult(endStates[e].Id, states, equilibria, reachable, path, 0, 0));
        }

        return new EndStateStructure(pathEnd, results.MoveToImmutable());
    }

    /// <summary>The report as given, then one per lever of the scenario (each pulled alone), in scenario order.</summary>
    /// <exception cref="ArgumentException">A lever cannot apply, or the conflict has no feasible state.</exception>
    public static ImmutableArray<EndStateReport> AsGivenAndPerLever(Scenario scenario, EndStateOptions options)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        var reports = ImmutableArray.CreateBuilder<EndStateReport>(scenario.Levers.Length + 1);
        reports.Add(Run(scenario, options with { Levers = [] }));
        foreach (var lever in scenario.Levers)
        {
            reports.Add(Run(scenario, options with { Levers = [lever.Id] }));
        }

        return reports.MoveToImmutable();
    }

    /// <summary>The conflict states where <paramref name="when"/> holds (all states when it is null), ascending.</summary>
    public static ImmutableArray<int> StatesIn(GraphModel model, Conflict conflict, OptionCondition? when)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(conflict);
        var states = ImmutableArray.CreateBuilder<int>();
        for (int s = 0; s < model.StateCount; s++)
        {
            int code = model.DecimalCode(s);
            if (when is null || when.Holds(id => ((code >> conflict.BitOf(id)) & 1) != 0))
            {
                states.Add(s);
            }
        }

        return states.ToImmutable();
    }

    private static bool Holds(EndState endState, int? pathEnd, HashSet<int> states, Dictionary<string, bool> agreement)
    {
        if (endState.When is not null && (pathEnd is not { } end || !states.Contains(end)))
        {
            return false;
        }

        foreach (var outcome in endState.Agreements.IsDefault ? [] : endState.Agreements)
        {
            if (agreement[outcome.Track] != outcome.Agreement)
            {
                return false;
            }
        }

        return true;
    }

    private static int? PathEnd(GraphModel model, StabilityResult stability, int statusQuo, EndStateOptions options)
    {
        var equilibria = stability.Concepts.Contains(options.PathConcept)
            ? stability.Equilibria(options.PathConcept)
            : StabilityAnalysis.Run(model, options.Stability with { Concepts = [options.PathConcept] }).Equilibria(options.PathConcept);
        if (equilibria.Contains(statusQuo))
        {
            return statusQuo;
        }

        var (reachable, path) = Reach(model, statusQuo, [.. equilibria]);
        return reachable == true ? path[^1].To : null;
    }

    // A shortest path of improvements from the status quo into the set (the status quo itself: empty path).
    private static (bool? Reachable, ImmutableArray<Move> Path) Reach(GraphModel model, int statusQuo, HashSet<int> targets)
    {
        if (targets.Contains(statusQuo))
        {
            return (true, []);
        }

        if (targets.Count == 0)
        {
            return (false, []);
        }

        StatusQuoPath? best = null;
        foreach (var path in StatusQuoAnalysis.Run(model, statusQuo, targets.Order()))
        {
            if (path.Reachable && (best is null || path.Steps.Length < best.Steps.Length))
            {
                best = path;
            }
        }

        return best is null ? (false, []) : (true, best.Steps);
    }
}
