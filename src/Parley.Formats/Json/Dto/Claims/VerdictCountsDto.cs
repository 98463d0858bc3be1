namespace Parley.Formats.Json.Dto.Claims;

/// <summary>How many claims got each verdict.</summary>
/// <param name="Supported">Claims the lenses support.</param>
/// <param name="Refuted">Claims the lenses refute.</param>
/// <param name="Undecidable">Claims the scenario lacks something to decide.</param>
public sealed record VerdictCountsDto(int Supported, int Refuted, int Undecidable);
