using Parley.Core.Analysis;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>A package seen as the utilities it gives the actors of a track (a point of the utility space).</summary>
/// <param name="Label">What the point is: "frontier", a solution concept, or a proposal's name.</param>
/// <param name="Utilities">One utility per actor, in the order of the track's actor ids.</param>
/// <param name="AcceptableToAll">Whether every consenting actor accepts the package.</param>
/// <param name="Package">The package in words, or null for plain frontier points.</param>
public sealed record UtilityPointDto(
    string Label,
    IEnumerable<double> Utilities,
    bool AcceptableToAll,
    string? Package)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static UtilityPointDto From(UtilityPoint value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            value.Label,
            value.Utilities,
            value.AcceptableToAll,
            value.Package);
    }
}
