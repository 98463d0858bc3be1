using Parley.Core.Agreement;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>The options of one issue inside every consenting actor's red line.</summary>
/// <param name="IssueId">The issue.</param>
/// <param name="ConsentingActors">The actors whose red lines bind on the issue.</param>
/// <param name="Options">The options all of them can live with, in the issue's order (empty: no common ground).</param>
/// <param name="Reason">Who accepts what, in one sentence.</param>
/// <param name="MinimalRelaxations">When there is no common ground: the minimal sets of actors whose red lines on this issue, relaxed together, would give it common ground (for example [RU] or [UA, EU]): one of them must give way. Empty when there is common ground.</param>
/// <param name="HasCommonGround">True when at least one option lies inside every red line.</param>
public sealed record IssueCommonGroundDto(
    string IssueId,
    IEnumerable<string> ConsentingActors,
    IEnumerable<string> Options,
    string Reason,
    IEnumerable<IEnumerable<string>> MinimalRelaxations,
    bool HasCommonGround)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static IssueCommonGroundDto From(IssueCommonGround value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            value.IssueId,
            value.ConsentingActors,
            value.Options,
            value.Reason,
            value.MinimalRelaxations.Select(set => (IEnumerable<string>)set),
            value.HasCommonGround);
    }
}
