namespace Parley.Formats.Json.Dto.Stability;

/// <summary>Deterrence at the status quo for one concept and decision maker.</summary>
/// <param name="Concept">The concept.</param>
/// <param name="DecisionMaker">The decision maker.</param>
/// <param name="Stable">Stable for it.</param>
/// <param name="Basis"><c>no-improvement</c>, <c>sanctioned</c> or <c>unsanctioned</c>.</param>
/// <param name="DecidedBy">The concept whose sanctions are shown (differs for SEQ+SIM).</param>
/// <param name="Sentence">The summary sentence.</param>
/// <param name="Improvements">Ranked improvements, unsanctioned first.</param>
public sealed record DeterrenceDto(string Concept, string DecisionMaker, bool Stable, string Basis, string DecidedBy, string Sentence, IEnumerable<DeterredImprovementDto> Improvements);
