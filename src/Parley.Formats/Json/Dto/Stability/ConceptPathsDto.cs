namespace Parley.Formats.Json.Dto.Stability;

/// <summary>The paths from the status quo to one concept's equilibria.</summary>
/// <param name="Concept">The concept.</param>
/// <param name="Paths">Per equilibrium, whether and how it is reached.</param>
public sealed record ConceptPathsDto(string Concept, IEnumerable<PathDto> Paths);
