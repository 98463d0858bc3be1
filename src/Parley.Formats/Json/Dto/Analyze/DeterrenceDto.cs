using Parley.Core.Stability;
using Parley.Core.Vocabulary;
using Parley.Formats.Words;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>Deterrence at one state for one decision maker under one concept: whether the state is stable because no move improves (Nash) or because every improving move is sanctioned, with each improving move and its strongest sanction. Ids and numbers only; the sentences are written outside Core.</summary>
/// <param name="State">The state (gmcr-py number, 1-based).</param>
/// <param name="DecisionMaker">The decision maker (index in <c>DecisionMakers</c>).</param>
/// <param name="Concept">The concept asked, as its token (<c>nash</c>, <c>gmr</c>, <c>smr</c>, <c>seq</c>, <c>sim</c> or <c>seq-sim</c>).</param>
/// <param name="Stable">The verdict; always equals <c>StabilityAnalysis</c>'s.</param>
/// <param name="Basis">Why: <c>no-improvement</c>, <c>sanctioned</c> or <c>unsanctioned</c>, as <c>parley stability</c> spells it.</param>
/// <param name="DecidedBy">The token of the concept whose sanctions are shown: <paramref name="Concept" /> itself, except for SEQ+SIM, which is stable when SEQ- or SIM-stable and shows the one that holds (SEQ when neither does).</param>
/// <param name="Improvements">Every unilateral improvement, ranked: unsanctioned moves first (the most tempting first), then sanctioned ones by the sanction that deters the most (largest <c>Margin</c>).</param>
public sealed record DeterrenceDto(
    int State,
    int DecisionMaker,
    string Concept,
    bool Stable,
    string Basis,
    string DecidedBy,
    IEnumerable<DeterredImprovementDto> Improvements)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static DeterrenceDto From(Deterrence value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            GraphModel.Ordinal(value.State),
            value.DecisionMaker,
            Terms.Token(value.Concept),
            value.Stable,
            DeterrenceSentences.Token(value.Basis),
            Terms.Token(value.DecidedBy),
            value.Improvements.Select(DeterredImprovementDto.From));
    }
}
