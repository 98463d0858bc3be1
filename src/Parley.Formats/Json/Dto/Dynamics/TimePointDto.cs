namespace Parley.Formats.Json.Dto.Dynamics;

/// <summary>A value at a time on the horizon.</summary>
/// <param name="At">The time.</param>
/// <param name="Value">The value.</param>
public sealed record TimePointDto(double At, double Value);
