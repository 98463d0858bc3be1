namespace Parley.Formats.Json.Dto.Stability;

/// <summary>A path of improvements from the status quo to an equilibrium.</summary>
/// <param name="Target">The equilibrium.</param>
/// <param name="Reachable">True when improvements reach it.</param>
/// <param name="Steps">The moves.</param>
public sealed record PathDto(int Target, bool Reachable, IEnumerable<MoveDto> Steps);
