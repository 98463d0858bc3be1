namespace Parley.Formats.Json.Dto.Stability;

/// <summary>Coalition stability for one coalition asked with <c>--coalition</c>.</summary>
/// <param name="Members">The coalition's members.</param>
/// <param name="StableStates">Concept → coalition-stable states.</param>
/// <param name="ImprovementsFromStatusQuo">Coalitional improvements from the status quo.</param>
public sealed record CoalitionDto(IEnumerable<string> Members, IReadOnlyDictionary<string, List<int>> StableStates, IEnumerable<CoalitionImprovementDto> ImprovementsFromStatusQuo);
