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
    /// <summary>
    /// Per-unit-time discount factor of the actor's utility in (0, 1] (GENIUS: utility·d^t with t the
    /// normalised time in [0, 1]), or null when the actor's utility is not discounted. Kept from imported
    /// GENIUS profiles; the agreement lens analyses undiscounted utilities.
    /// </summary>
    public double? DiscountFactor { get; init; }

    /// <summary>
    /// When set, the actor's utility of a package is the weighted sum of its option values with the weights
    /// exactly as written (not renormalised), cut at this ceiling: the GENIUS rule for imported profiles,
    /// whose weights may sum to slightly more than 1 (Laptop 2011: 1.0000518) while utilities stay at most 1.
    /// Null (the default) for Parley's own scenarios.
    /// </summary>
    public double? UtilityCeiling { get; init; }

    /// <summary>
    /// Interaction terms of the actor's utility: bonuses or penalties for combinations of options (empty for
    /// a purely additive utility, which GENIUS imports always are).
    /// </summary>
    public ImmutableArray<InteractionTerm> Interactions
    {
        get => _interactions.IsDefault ? [] : _interactions;
        init => _interactions = value;
    }

    private readonly ImmutableArray<InteractionTerm> _interactions;
    private readonly ImmutableArray<PositionRevision> _revisions;

    /// <summary>
    /// When the position (as written in <see cref="Issues"/> and <see cref="WalkAway"/>) was stated, or null
    /// when undated. Before this date the position is still taken as first stated (the earliest known).
    /// </summary>
    public DateOnly? Date { get; init; }

    /// <summary>Dated revisions of the position, by ascending date (empty when it never changed).</summary>
    public ImmutableArray<PositionRevision> Revisions
    {
        get => _revisions.IsDefault ? [] : _revisions;
        init => _revisions = value;
    }

    /// <summary>
    /// The position as of <paramref name="date"/>: every revision dated on or before it applied in order
    /// (stands replaced by issue, walk-away replaced when revised). The result has no revisions: they are
    /// folded in, and a later date is asked of this position, not of the result.
    /// </summary>
    public Position AsOf(DateOnly date)
    {
        var issues = Issues;
        var walkAway = WalkAway;
        foreach (var revision in Revisions)
        {
            if (revision.Date > date)
            {
                break;
            }

            foreach (var stand in revision.Issues)
            {
                int at = -1;
                for (int i = 0; i < issues.Length && at < 0; i++)
                {
                    at = string.Equals(issues[i].IssueId, stand.IssueId, StringComparison.Ordinal) ? i : -1;
                }

                issues = at < 0 ? issues.Add(stand) : issues.SetItem(at, stand);
            }

            walkAway = revision.WalkAway ?? walkAway;
        }

        return this with { Issues = issues, WalkAway = walkAway, Revisions = [] };
    }

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
