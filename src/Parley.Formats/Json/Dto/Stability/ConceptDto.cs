namespace Parley.Formats.Json.Dto.Stability;

/// <summary>One solution concept's answer.</summary>
/// <param name="Concept">Its token (<c>nash</c>, <c>gmr</c>, <c>smr</c>, <c>seq</c>, <c>sim</c>, <c>seq-sim</c>).</param>
/// <param name="Equilibria">The equilibria (state numbers).</param>
/// <param name="EquilibriumCount">How many.</param>
/// <param name="Stability">Per listed state, stability per decision maker (enumerated as written).</param>
public sealed record ConceptDto(string Concept, IEnumerable<int> Equilibria, int EquilibriumCount, IEnumerable<StateStabilityDto> Stability);
