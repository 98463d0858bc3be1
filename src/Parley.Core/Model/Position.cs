using System.Collections.Immutable;

namespace Parley.Core.Model;

/// <summary>An actor's memorandum: its position on each issue it takes a stand on, and its walk-away value.</summary>
/// <param name="ActorId">Whose position.</param>
/// <param name="Issues">One entry per issue the actor takes a stand on.</param>
/// <param name="WalkAway">
/// Reservation utility in [0, 1]: a deal worth less than this to the actor is worse than no deal.
/// </param>
/// <param name="Sources">Ids of the memorandum's sources.</param>
public sealed record Position(
    string ActorId,
    ImmutableArray<IssuePosition> Issues,
    Figure WalkAway,
    ImmutableArray<string> Sources)
{
    /// <summary>The position on <paramref name="issueId"/>, or null when the actor took none.</summary>
    public IssuePosition? On(string issueId)
    {
        foreach (var p in Issues)
        {
            if (string.Equals(p.IssueId, issueId, StringComparison.Ordinal))
            {
                return p;
            }
        }

        return null;
    }
}
