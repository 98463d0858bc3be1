using Parley.Core.Analysis;
using Parley.Core.Vocabulary;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>Whether an end state holds an equilibrium of one stability concept.</summary>
/// <param name="Concept">The concept's token (<c>nash</c>, <c>gmr</c>, <c>smr</c>, <c>seq</c>, <c>sim</c>, <c>seq-sim</c>).</param>
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
            Terms.Token(value.Concept),
            value.Contains,
            value.States);
    }
}
