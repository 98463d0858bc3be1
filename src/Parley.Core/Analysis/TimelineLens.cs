using System.Collections.Immutable;
using Parley.Core.Dynamics;
using Parley.Core.Model;

namespace Parley.Core.Analysis;

/// <summary>The scenario's dated events for the report's timeline; pure.</summary>
public static class TimelineLens
{
    /// <summary>
    /// The timeline of <paramref name="scenario"/> as read, or null when nothing in it carries a calendar
    /// date (no dated position, revision or proposal, and no horizon with a calendar).
    /// </summary>
    public static ScenarioTimeline? Of(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var events = new List<TimelineEvent>();
        foreach (var p in scenario.Positions)
        {
            if (p.Date is { } stated)
            {
                events.Add(new TimelineEvent(stated, "position", p.ActorId, $"states its position on {string.Join(", ", p.Issues.Select(i => i.IssueId))}", p.Sources));
            }

            foreach (var r in p.Revisions)
            {
                var what = r.Issues.Select(i => i.IssueId).ToList();
                if (r.WalkAway is not null)
                {
                    what.Add("walk-away value");
                }

                events.Add(new TimelineEvent(r.Date, "revision", p.ActorId, $"revises {string.Join(", ", what)}", r.Sources.IsDefault ? [] : r.Sources));
            }
        }

        foreach (var proposal in scenario.Proposals)
        {
            if (HorizonCalendar.TryParseDate(proposal.Date, out var date))
            {
                events.Add(new TimelineEvent(date, "proposal", proposal.ProposedBy, proposal.Name, proposal.Sources.IsDefault ? [] : proposal.Sources));
            }
        }

        DateOnly? start = null, end = null;
        if (scenario.Dynamics is { } dynamics && HorizonCalendar.Of(dynamics.Horizon) is { } calendar)
        {
            start = calendar.Start;
            end = calendar.DateAt(dynamics.Horizon.Length);
        }

        if (events.Count == 0 && start is null)
        {
            return null;
        }

        return new ScenarioTimeline(start, end, [.. events.OrderBy(e => e.Date).ThenBy(e => e.ActorId, StringComparer.Ordinal)]);
    }
}
