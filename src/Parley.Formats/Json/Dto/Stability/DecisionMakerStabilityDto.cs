namespace Parley.Formats.Json.Dto.Stability;

/// <summary>Whether a state is stable for one decision maker.</summary>
/// <param name="DecisionMaker">The decision maker.</param>
/// <param name="Stable">Stable for it.</param>
/// <param name="Explanation">Why (for every state of conflicts up to 256 states, otherwise for the status quo); null otherwise.</param>
public sealed record DecisionMakerStabilityDto(string DecisionMaker, bool Stable, ExplanationDto? Explanation);
