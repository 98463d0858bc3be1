using Parley.Core.Agreement;

namespace Parley.Formats.Json.Dto.Agree;

/// <summary>Common ground on one issue.</summary>
/// <param name="Issue">The issue.</param>
/// <param name="ConsentingActors">Actors whose consent it needs.</param>
/// <param name="Options">Options inside every red line; empty when none.</param>
/// <param name="MinimalRelaxations">When empty: the minimal sets of actors whose red lines, relaxed, would give common ground.</param>
/// <param name="Reason">Why, in a sentence.</param>
public sealed record CommonGroundDto(string Issue, IEnumerable<string> ConsentingActors, IEnumerable<string> Options, IEnumerable<IEnumerable<string>> MinimalRelaxations, string Reason)
{
    /// <summary>The DTO of one issue's common ground.</summary>
    public static CommonGroundDto From(IssueCommonGround g)
    {
        ArgumentNullException.ThrowIfNull(g);
        return new CommonGroundDto(g.IssueId, g.ConsentingActors, g.Options, g.MinimalRelaxations.Select(r => (IEnumerable<string>)r), g.Reason);
    }
}
