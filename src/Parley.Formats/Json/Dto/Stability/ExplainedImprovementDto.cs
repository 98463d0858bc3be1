namespace Parley.Formats.Json.Dto.Stability;

/// <summary>One unilateral improvement and the sanction that deters it.</summary>
/// <param name="To">The state it reaches.</param>
/// <param name="Deterred">True when a sanction deters it.</param>
/// <param name="Sanction">The moves that deter it.</param>
/// <param name="Reason">One sentence.</param>
public sealed record ExplainedImprovementDto(int To, bool Deterred, IEnumerable<MoveDto> Sanction, string Reason);
