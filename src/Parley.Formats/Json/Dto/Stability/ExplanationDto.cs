namespace Parley.Formats.Json.Dto.Stability;

/// <summary>Why a state is or is not stable for a decision maker.</summary>
/// <param name="Reason">One sentence, in state numbers.</param>
/// <param name="Basis"><c>no-improvement</c>, <c>sanctioned</c> or <c>unsanctioned</c>, where known.</param>
/// <param name="Sentence">The deterrence in the options' names, where known.</param>
/// <param name="Improvements">Each unilateral improvement and what deters it.</param>
public sealed record ExplanationDto(string Reason, string? Basis, string? Sentence, IEnumerable<ExplainedImprovementDto> Improvements);
