using Parley.Core.Analysis;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>Whether an end state holds an equilibrium of one stability concept.</summary>
/// <param name="Concept">The concept (Nash, GMR, SMR, SEQ, SIM, SEQ+SIM).</param>
/// <param name="Contains">True when some equilibrium of the concept lies in the end state.</param>
/// <param name="States">Those equilibria, by the options taken in each.</param>
public sealed record EndStateEquilibriaDto(
    string Concept,
    bool Contains,
    IEnumerable<string> States)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static EndStateEquilibriaDto From(EndStateEquilibria value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            value.Concept,
            value.Contains,
            value.States);
    }
}
