namespace Parley.Formats.Json.Dto.Stability;

/// <summary>One coalitional improvement.</summary>
/// <param name="To">The state reached.</param>
/// <param name="Path">The moves.</param>
public sealed record CoalitionImprovementDto(int To, IEnumerable<MoveDto> Path);
