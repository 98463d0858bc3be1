namespace Parley.Formats.Json.Dto.Stability;

/// <summary>One state of the conflict.</summary>
/// <param name="Ordinal">The gmcr-py state number (1-based).</param>
/// <param name="Id">The option ids taken, joined by <c>+</c> (<c>none</c> when none): stable across levers.</param>
/// <param name="Words">The options taken by name, grouped by decision maker.</param>
/// <param name="Decimal">Σ 2^bit over the options taken.</param>
/// <param name="Options">Decision maker → the ids of the options it takes; null for explicit-move conflicts.</param>
/// <param name="Name">The state's name in explicit-move conflicts; null otherwise.</param>
public sealed record StateDto(int Ordinal, string Id, string Words, int Decimal, IReadOnlyDictionary<string, List<string>>? Options, string? Name);
