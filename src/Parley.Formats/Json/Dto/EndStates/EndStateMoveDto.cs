
namespace Parley.Formats.Json.Dto.EndStates;

/// <summary>One improving move on the path into an end state.</summary>
/// <param name="From">The state moved from (gmcr-py number).</param>
/// <param name="To">The state moved to.</param>
/// <param name="Mover">The decision maker (or coalition) who moves.</param>
public sealed record EndStateMoveDto(int From, int To, string Mover);
