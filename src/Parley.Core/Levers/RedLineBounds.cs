using Parley.Core.Model;

namespace Parley.Core.Levers;

/// <summary>
/// Moves an actor's red line on a numeric issue (<see cref="RedLineBoundChange"/>), in its stand and in
/// every dated revision of it.
/// </summary>
internal static class RedLineBounds
{
    /// <exception cref="ArgumentException">
    /// The issue is not numeric, the actor has no stand on it, a bound lies outside the issue's range, or the
    /// change would leave an empty range or one that excludes the actor's own preferred number.
    /// </exception>
    public static Position Apply(Scenario s, Position p, RedLineBoundChange change)
    {
        var issue = s.FindIssue(change.IssueId) ?? throw new ArgumentException($"{change.Describe()}: no issue '{change.IssueId}'.", nameof(change));
        if (issue.Kind != IssueKind.Numeric)
        {
            throw new ArgumentException($"{change.Describe()}: issue '{issue.Id}' is not numeric; move a red line on it with 'option'.", nameof(change));
        }

        foreach (double? bound in new[] { change.Min, change.Max })
        {
            if (bound is { } b && (!double.IsFinite(b) || !issue.Range!.Contains(b)))
            {
                throw new ArgumentException($"{change.Describe()}: {b} lies outside the issue's range {issue.Range!.Min} to {issue.Range.Max}.", nameof(change));
            }
        }

        int index = -1;
        for (int i = 0; i < p.Issues.Length && index < 0; i++)
        {
            index = p.Issues[i].IssueId == issue.Id ? i : -1;
        }

        if (index < 0)
        {
            throw new ArgumentException($"{change.Describe()}: '{p.ActorId}' takes no stand on '{issue.Id}', so it has no red line there to move.", nameof(change));
        }

        var issues = p.Issues.SetItem(index, Move(issue, p.Issues[index], change, null));
        var revisions = p.Revisions;
        for (int r = 0; r < revisions.Length; r++)
        {
            var revision = revisions[r];
            var stands = revision.Issues;
            for (int k = 0; k < stands.Length; k++)
            {
                if (stands[k].IssueId == issue.Id)
                {
                    stands = stands.SetItem(k, Move(issue, stands[k], change, revision.Date));
                }
            }

            revisions = revisions.SetItem(r, revision with { Issues = stands });
        }

        return p with { Issues = issues, Revisions = revisions };
    }

    private static IssuePosition Move(Issue issue, IssuePosition stand, RedLineBoundChange change, DateOnly? revised)
    {
        var range = stand.AcceptableRange ?? issue.Range!;
        double min = range.Min, max = range.Max;
        if (change.Accept)
        {
            min = change.Min is { } lo ? Math.Min(min, lo) : min;
            max = change.Max is { } hi ? Math.Max(max, hi) : max;
        }
        else
        {
            min = change.Min is { } lo ? Math.Max(min, lo) : min;
            max = change.Max is { } hi ? Math.Min(max, hi) : max;
        }

        string when = revised is { } d ? $" (as revised on {d:yyyy-MM-dd})" : string.Empty;
        if (min > max)
        {
            throw new ArgumentException($"{change.Describe()}: the actor's acceptable range{when} would be empty ({min} to {max}).", nameof(change));
        }

        if (stand.PreferredValue is { } preferred && (preferred < min || preferred > max))
        {
            throw new ArgumentException($"{change.Describe()}: the actor would reject its own preferred number {preferred}{when}; the range would be {min} to {max}.", nameof(change));
        }

        return stand with { AcceptableRange = range with { Min = min, Max = max } };
    }
}
