namespace Parley.Formats.Json.Dto.Stability;

/// <summary>One move between states (gmcr-py state numbers).</summary>
/// <param name="Mover">The decision maker (or coalition) that moves.</param>
/// <param name="From">The state it leaves.</param>
/// <param name="To">The state it reaches.</param>
public sealed record MoveDto(string Mover, int From, int To);
