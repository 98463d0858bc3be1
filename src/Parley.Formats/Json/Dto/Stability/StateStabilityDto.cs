namespace Parley.Formats.Json.Dto.Stability;

/// <summary>One state's stability under one concept.</summary>
/// <param name="Ordinal">The state number.</param>
/// <param name="DecisionMakers">Per decision maker, stable or not, and why where explained.</param>
public sealed record StateStabilityDto(int Ordinal, IEnumerable<DecisionMakerStabilityDto> DecisionMakers);
