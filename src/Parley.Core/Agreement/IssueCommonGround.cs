using System.Collections.Immutable;

namespace Parley.Core.Agreement;

/// <summary>The options of one issue inside every consenting actor's red line.</summary>
/// <param name="IssueId">The issue.</param>
/// <param name="ConsentingActors">The actors whose red lines bind on the issue.</param>
/// <param name="Options">The options all of them can live with, in the issue's order (empty: no common ground).</param>
/// <param name="Reason">Who accepts what, in one sentence.</param>
/// <param name="MinimalRelaxations">
/// When there is no common ground: the minimal sets of actors whose red lines on this issue, relaxed
/// together, would give it common ground (for example [RU] or [UA, EU]): one of them must give way.
/// Empty when there is common ground.
/// </param>
public sealed record IssueCommonGround(
    string IssueId,
    ImmutableArray<string> ConsentingActors,
    ImmutableArray<string> Options,
    string Reason,
    ImmutableArray<ImmutableArray<string>> MinimalRelaxations)
{
    /// <summary>True when at least one option lies inside every red line.</summary>
    public bool HasCommonGround => !Options.IsEmpty;
}
