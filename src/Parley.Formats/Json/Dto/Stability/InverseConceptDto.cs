namespace Parley.Formats.Json.Dto.Stability;

/// <summary>One concept's answer to the inverse search.</summary>
/// <param name="Concept">The concept.</param>
/// <param name="Count">Rankings under which the state is stable.</param>
/// <param name="StableNow">Whether it is stable now (null when the concept was not computed).</param>
/// <param name="Example">One such ranking, or null.</param>
public sealed record InverseConceptDto(string Concept, int Count, bool? StableNow, IEnumerable<int>? Example);
