using Parley.Core.Analysis;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>A minimal set of demands that, relaxed together, opens an agreement.</summary>
/// <param name="Demands">Each demand in words (actor, issue, what it accepts, or its walk-away value).</param>
/// <param name="Opens">A package that becomes acceptable to all once they are relaxed.</param>
/// <param name="Sources">The sources of the demands.</param>
public sealed record BlockingDemandsDto(
    IEnumerable<string> Demands,
    string Opens,
    IEnumerable<string> Sources)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static BlockingDemandsDto From(BlockingDemands value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            value.Demands,
            value.Opens,
            value.Sources);
    }
}
