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

        StateDto State(int s) => new(
            GraphModel.Ordinal(s),
            model.StateId(s),
            StateWords.Describe(model, s),
            model.DecimalCode(s),
            model.IsOptionForm
                ? Enumerable.Range(0, model.DecisionMakers.Length).ToDictionary(d => model.DecisionMakers[d], d => model.OptionBitsOf(d).Where(b => model.IsTaken(s, b)).Select(b => model.OptionIds[b]).ToList())
                : null,
            model.IsOptionForm ? null : StateLabels.Of(model, s));

        var words = report.ExplainedDeterrence.IsDefault
            ? new Dictionary<(StabilityConcept, int, int), Deterrence>()
            : report.ExplainedDeterrence.ToDictionary(d => (d.Concept, d.State, d.DecisionMaker));

        ExplanationDto Explanation(StabilityExplanation e)
        {
            bool known = words.TryGetValue((e.Concept, e.State, model.DecisionMakers.IndexOf(e.DecisionMaker)), out var w);
            return new ExplanationDto(
                e.Reason,
                known ? DeterrenceSentences.Token(w!.Basis) : null,
                known ? DeterrenceSentences.Summary(model, w!) : null,
                e.Improvements.Select(i => new ExplainedImprovementDto(GraphModel.Ordinal(i.To), i.Deterred, i.Sanction.Select(Step), i.Reason)));
        }

        ConceptDto Concept(StabilityConcept c) => new(
            Name(c),
            result.Equilibria(c).Select(GraphModel.Ordinal),
            result.Equilibria(c).Length,
            shown.Select(s => new StateStabilityDto(
                GraphModel.Ordinal(s),
                Enumerable.Range(0, result.Movers.Length).Select(d => new DecisionMakerStabilityDto(
                    result.Movers[d],
                    result.IsStable(c, d, s),
                    explanations[(c, s)].FirstOrDefault(e => e.DecisionMaker == result.Movers[d]) is { } e ? Explanation(e) : null)))));

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
                ? new StatusQuoDto(
                    GraphModel.Ordinal(sq),
                    State(sq),
                    result.Concepts.ToDictionary(Name, c => Enumerable.Range(0, result.Movers.Length).All(d => result.IsStable(c, d, sq))),
                    report.StatusQuoDeterrence.IsDefault ? [] : report.StatusQuoDeterrence.Select(d => Deterrence(model, d)),
                    report.StatusQuoPaths.Count == 0
                        ? null
                        : report.StatusQuoPaths.OrderBy(kv => kv.Key).Select(kv => new ConceptPathsDto(
                            Name(kv.Key),
                            kv.Value.Select(p => new PathDto(GraphModel.Ordinal(p.Target), p.Reachable, p.Steps.Select(Step))))))
                : null,
            report.Coalitions.Select(c => new CoalitionDto(
                c.Stability.Members,
                c.Stability.StableStates.OrderBy(kv => kv.Key).ToDictionary(kv => Name(kv.Key), kv => kv.Value.Select(GraphModel.Ordinal).ToList()),
                c.FromStatusQuo.Select(ci => new CoalitionImprovementDto(GraphModel.Ordinal(ci.To), ci.Path.Select(Step))))),
            inverse is null
                ? null
                : new InverseDto(
                    GraphModel.Ordinal(inverse.Result.DesiredState),
                    inverse.Result.DecisionMaker,
                    inverse.Positions,
                    inverse.Result.CandidateCount,
                    inverse.CurrentRanking.Select(GraphModel.Ordinal),
                    inverse.Result.Matching.Keys.Order().Select(c => new InverseConceptDto(
                        Name(c),
                        inverse.Result.Count(c),
                        result.Concepts.Contains(c) ? Enumerable.Range(0, result.Movers.Length).All(d => result.IsStable(c, d, inverse.Result.DesiredState)) : null,
                        inverse.Examples.TryGetValue(c, out var e) ? e.Select(GraphModel.Ordinal) : null))));
    }

    /// <summary>The concept's name in JSON and on the command line.</summary>
    public static string Name(StabilityConcept concept) => Terms.Token(concept);

    /// <summary>Deterrence at a state: the basis, the summary sentence and each improvement with its sanction (states as gmcr-py numbers and stable ids, options as ids).</summary>
    internal static DeterrenceDto Deterrence(GraphModel model, Deterrence d)
    {
        List<string> Ids(System.Collections.Immutable.ImmutableArray<int> bits) => [.. bits.Select(b => model.OptionIds.IsDefaultOrEmpty ? model.OptionNames[b] : model.OptionIds[b])];
        return new DeterrenceDto(
            Name(d.Concept),
            model.DecisionMakers[d.DecisionMaker],
            d.Stable,
            DeterrenceSentences.Token(d.Basis),
            Name(d.DecidedBy),
            DeterrenceSentences.Summary(model, d),
            d.Improvements.Select(i => new DeterredImprovementDto(
                GraphModel.Ordinal(i.To),
                model.StateId(i.To),
                Ids(i.Taken),
                Ids(i.Dropped),
                i.Gain,
                i.Deterred,
                i.Sanction.Select(s => new SanctionStepDto(model.DecisionMakers[s.DecisionMaker], GraphModel.Ordinal(s.From), GraphModel.Ordinal(s.To), Ids(s.Taken), Ids(s.Dropped))),
                i.End is int e ? GraphModel.Ordinal(e) : null,
                i.End is int f ? model.StateId(f) : null,
                i.Margin,
                DeterrenceSentences.Improvement(model, d, i))));
    }

    private static MoveDto Step(Move m) => new(m.Mover, GraphModel.Ordinal(m.From), GraphModel.Ordinal(m.To));
}
