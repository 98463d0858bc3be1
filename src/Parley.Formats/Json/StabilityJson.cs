using Parley.Core.Model.Conflicts;
using Parley.Core.Stability;
using Parley.Core.Vocabulary;
using Parley.Formats.Json.Dto;
using Parley.Formats.Json.Dto.Stability;
using Parley.Formats.Words;

namespace Parley.Formats.Json;

/// <summary>Writes a <see cref="StabilityReport"/> as the JSON document of <c>parley stability --format json</c> (see <c>docs/json-output.md</c>).</summary>
public static class StabilityJson
{
    /// <summary>Up to this many states, <c>states</c> and per-state <c>stability</c> list every state.</summary>
    public const int ListEveryStateUpTo = 4096;

    /// <summary>The document.</summary>
    /// <param name="scenarioId">The scenario's id, or null for a .gmcr file.</param>
    /// <param name="source">The file analysed.</param>
    /// <param name="levers">The levers pulled, in order.</param>
    /// <param name="report">The report.</param>
    /// <param name="inverse">The inverse search asked for (<c>--inverse</c>), or null.</param>
    public static StabilityDocument Document(string? scenarioId, string source, IReadOnlyList<string> levers, StabilityReport report, InverseFinding? inverse = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var model = report.Model;
        var result = report.Result;
        int n = model.StateCount;
        bool listAll = n <= ListEveryStateUpTo;
        var shown = listAll ? Enumerable.Range(0, n).ToList() : report.ExplainedStates.ToList();
        var explanations = report.Explanations.ToLookup(e => (e.Concept, e.State));
        int? statusQuo = model.StatusQuo;

        object State(int s) => new
        {
            ordinal = GraphModel.Ordinal(s),
            id = model.StateId(s),
            words = StateWords.Describe(model, s),
            @decimal = model.DecimalCode(s),
            options = model.IsOptionForm
                ? Enumerable.Range(0, model.DecisionMakers.Length).ToDictionary(d => model.DecisionMakers[d], d => model.OptionBitsOf(d).Where(b => model.IsTaken(s, b)).Select(b => model.OptionIds[b]).ToList())
                : null,
            name = model.IsOptionForm ? null : StateLabels.Of(model, s),
        };

        var words = report.ExplainedDeterrence.IsDefault
            ? new Dictionary<(StabilityConcept, int, int), Deterrence>()
            : report.ExplainedDeterrence.ToDictionary(d => (d.Concept, d.State, d.DecisionMaker));

        object Explanation(StabilityExplanation e) => new
        {
            reason = e.Reason,
            basis = words.TryGetValue((e.Concept, e.State, model.DecisionMakers.IndexOf(e.DecisionMaker)), out var w) ? DeterrenceSentences.Token(w.Basis) : null,
            sentence = w is null ? null : DeterrenceSentences.Summary(model, w),
            improvements = e.Improvements.Select(i => new
            {
                to = GraphModel.Ordinal(i.To),
                deterred = i.Deterred,
                sanction = i.Sanction.Select(Step).ToList(),
                reason = i.Reason,
            }).ToList(),
        };

        object Concept(StabilityConcept c) => new
        {
            concept = Name(c),
            equilibria = result.Equilibria(c).Select(GraphModel.Ordinal).ToList(),
            equilibriumCount = result.Equilibria(c).Length,
            stability = shown.Select(s => new
            {
                ordinal = GraphModel.Ordinal(s),
                decisionMakers = Enumerable.Range(0, result.Movers.Length).Select(d => new
                {
                    decisionMaker = result.Movers[d],
                    stable = result.IsStable(c, d, s),
                    explanation = explanations[(c, s)].FirstOrDefault(e => e.DecisionMaker == result.Movers[d]) is { } e ? Explanation(e) : null,
                }).ToList(),
            }),
        };

        return new StabilityDocument(
            ScenarioIds.Of(scenarioId, source),
            source,
            levers,
            model.DecisionMakers,
            model.OptionNames,
            n,
            listAll,
            shown.Select(State),
            result.Concepts.Select(Concept),
            statusQuo is int sq
                ? new
                {
                    ordinal = GraphModel.Ordinal(sq),
                    state = State(sq),
                    stable = result.Concepts.ToDictionary(Name, c => Enumerable.Range(0, result.Movers.Length).All(d => result.IsStable(c, d, sq))),
                    deterrence = report.StatusQuoDeterrence.IsDefault ? [] : report.StatusQuoDeterrence.Select(d => Deterrence(model, d)).ToList(),
                    paths = report.StatusQuoPaths.Count == 0
                        ? null
                        : report.StatusQuoPaths.OrderBy(kv => kv.Key).Select(kv => new
                        {
                            concept = Name(kv.Key),
                            paths = kv.Value.Select(p => new
                            {
                                target = GraphModel.Ordinal(p.Target),
                                reachable = p.Reachable,
                                steps = p.Steps.Select(Step).ToList(),
                            }).ToList(),
                        }).ToList(),
                }
                : null,
            report.Coalitions.Select(c => (object)new
            {
                members = c.Stability.Members,
                stableStates = c.Stability.StableStates.OrderBy(kv => kv.Key).ToDictionary(kv => Name(kv.Key), kv => kv.Value.Select(GraphModel.Ordinal).ToList()),
                improvementsFromStatusQuo = c.FromStatusQuo.Select(ci => new
                {
                    to = GraphModel.Ordinal(ci.To),
                    path = ci.Path.Select(Step).ToList(),
                }).ToList(),
            }),
            inverse is null
                ? null
                : new
                {
                    state = GraphModel.Ordinal(inverse.Result.DesiredState),
                    decisionMaker = inverse.Result.DecisionMaker,
                    positions = inverse.Positions,
                    candidateCount = inverse.Result.CandidateCount,
                    currentRanking = inverse.CurrentRanking.Select(GraphModel.Ordinal).ToList(),
                    concepts = inverse.Result.Matching.Keys.Order().Select(c => new
                    {
                        concept = Name(c),
                        count = inverse.Result.Count(c),
                        stableNow = result.Concepts.Contains(c) ? Enumerable.Range(0, result.Movers.Length).All(d => result.IsStable(c, d, inverse.Result.DesiredState)) : (bool?)null,
                        example = inverse.Examples.TryGetValue(c, out var e) ? e.Select(GraphModel.Ordinal).ToList() : null,
                    }).ToList(),
                });
    }

    /// <summary>The concept's name in JSON and on the command line.</summary>
    public static string Name(StabilityConcept concept) => Terms.Token(concept);

    /// <summary>Deterrence at a state as JSON: the basis, the summary sentence and each improvement with its sanction (states as gmcr-py numbers and stable ids, options as ids).</summary>
    internal static object Deterrence(GraphModel model, Deterrence d)
    {
        List<string> Ids(System.Collections.Immutable.ImmutableArray<int> bits) => [.. bits.Select(b => model.OptionIds.IsDefaultOrEmpty ? model.OptionNames[b] : model.OptionIds[b])];
        return new
        {
            concept = Name(d.Concept),
            decisionMaker = model.DecisionMakers[d.DecisionMaker],
            stable = d.Stable,
            basis = DeterrenceSentences.Token(d.Basis),
            decidedBy = Name(d.DecidedBy),
            sentence = DeterrenceSentences.Summary(model, d),
            improvements = d.Improvements.Select(i => new
            {
                to = GraphModel.Ordinal(i.To),
                toId = model.StateId(i.To),
                taken = Ids(i.Taken),
                dropped = Ids(i.Dropped),
                gain = i.Gain,
                deterred = i.Deterred,
                sanction = i.Sanction.Select(s => new
                {
                    mover = model.DecisionMakers[s.DecisionMaker],
                    from = GraphModel.Ordinal(s.From),
                    to = GraphModel.Ordinal(s.To),
                    taken = Ids(s.Taken),
                    dropped = Ids(s.Dropped),
                }).ToList(),
                end = i.End is int e ? GraphModel.Ordinal(e) : (int?)null,
                endId = i.End is int f ? model.StateId(f) : null,
                margin = i.Margin,
                sentence = DeterrenceSentences.Improvement(model, d, i),
            }).ToList(),
        };
    }

    private static object Step(Move m) => new { mover = m.Mover, from = GraphModel.Ordinal(m.From), to = GraphModel.Ordinal(m.To) };
}
