namespace Parley.Formats.Json.Dto.Stability;

/// <summary>The status quo: its state, its stability per concept, deterrence and paths.</summary>
/// <param name="Ordinal">Its state number.</param>
/// <param name="State">The state.</param>
/// <param name="Stable">Concept → whether it is an equilibrium.</param>
/// <param name="Deterrence">Per concept and decision maker, what holds it.</param>
/// <param name="Paths">With <c>--from-status-quo</c>: per concept, the paths to its equilibria; null otherwise.</param>
public sealed record StatusQuoDto(int Ordinal, StateDto State, IReadOnlyDictionary<string, bool> Stable, IEnumerable<DeterrenceDto> Deterrence, IEnumerable<ConceptPathsDto>? Paths);
