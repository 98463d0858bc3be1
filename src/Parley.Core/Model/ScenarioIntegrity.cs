namespace Parley.Core.Model;

/// <summary>
/// Checks that a scenario's references resolve and its figures lie in range. Failing here is a
/// programmer error (readers report user errors as diagnostics before building a scenario).
/// </summary>
internal static class ScenarioIntegrity
{
    public static void Check(Scenario s)
    {
        var sources = Unique(s.Sources.Select(x => x.Id), "source");
        var actors = Unique(s.Actors.Select(x => x.Id), "actor");
        var issues = Unique(s.Issues.Select(x => x.Id), "issue");
        Unique(s.Proposals.Select(x => x.Id), "proposal");
        var levers = Unique(s.Levers.Select(x => x.Id), "lever");
        Unique(s.Claims.Select(x => x.Id), "claim");
        Unique(s.Positions.Select(x => x.ActorId), "position of actor");

        void Refs(IEnumerable<string> ids, HashSet<string> known, string what, string where)
        {
            foreach (var id in ids)
            {
                if (!known.Contains(id))
                {
                    throw new ArgumentException($"{where} refers to unknown {what} '{id}'.");
                }
            }
        }

        void CheckFigure(Figure? f, string where, double min, double max)
        {
            if (f is null)
            {
                return;
            }

            if (!double.IsFinite(f.Value) || f.Value < min || f.Value > max)
            {
                throw new ArgumentException($"{where} is {f.Value}; it must lie within [{min}, {max}].");
            }

            Refs(f.Sources, sources, "source", where);
        }

        foreach (var a in s.Actors)
        {
            Refs(a.Supports, actors, "actor", $"Actor '{a.Id}'");
            Refs(a.Sources, sources, "source", $"Actor '{a.Id}'");
            CheckFigure(a.Capability, $"Capability of '{a.Id}'", 0, 1);
        }

        foreach (var i in s.Issues)
        {
            Refs(i.ConsentBy, actors, "actor", $"Issue '{i.Id}'");
            if (i.Kind == IssueKind.Discrete)
            {
                if (i.Options.IsDefaultOrEmpty)
                {
                    throw new ArgumentException($"Discrete issue '{i.Id}' has no options.");
                }

                Unique(i.Options.Select(o => o.Id), $"option of issue '{i.Id}'");
            }
            else if (i.Range is null || i.Range.Min > i.Range.Max)
            {
                throw new ArgumentException($"Numeric issue '{i.Id}' needs a range with min <= max.");
            }
        }

        foreach (var p in s.Positions)
        {
            string who = $"Position of '{p.ActorId}'";
            Refs([p.ActorId], actors, "actor", who);
            Refs(p.Sources, sources, "source", who);
            CheckFigure(p.WalkAway, $"{who}: walk-away", 0, 1);
            void CheckStand(IssuePosition ip, string who)
            {
                Refs([ip.IssueId], issues, "issue", who);
                var issue = s.FindIssue(ip.IssueId)!;
                string where = $"{who} on '{ip.IssueId}'";
                Refs(ip.Sources, sources, "source", where);
                CheckFigure(ip.Weight, $"{where}: weight", 0, 1);
                if (ip.Salience is { } salience)
                {
                    CheckFigure(salience, $"{where}: salience", 0, 1);
                }
                if (issue.Kind == IssueKind.Discrete)
                {
                    var options = issue.Options.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
                    Refs(ip.Acceptable, options, "option", where);
                    if (ip.Preferred is not null)
                    {
                        Refs([ip.Preferred], options, "option", where);
                    }

                    if (ip.Values.Length != issue.Options.Length)
                    {
                        throw new ArgumentException($"{where}: {ip.Values.Length} option values for {issue.Options.Length} options.");
                    }
                }
            }

            foreach (var ip in p.Issues)
            {
                CheckStand(ip, who);
            }

            for (int r = 0; r < p.Revisions.Length; r++)
            {
                var revision = p.Revisions[r];
                string where = $"{who}: revision of {revision.Date:yyyy-MM-dd}";
                if (r > 0 && revision.Date <= p.Revisions[r - 1].Date)
                {
                    throw new ArgumentException($"{who}: revisions must have strictly ascending dates; {revision.Date:yyyy-MM-dd} follows {p.Revisions[r - 1].Date:yyyy-MM-dd}.");
                }

                Refs(revision.Sources, sources, "source", where);
                CheckFigure(revision.WalkAway, $"{where}: walk-away", 0, 1);
                foreach (var ip in revision.Issues.IsDefault ? [] : revision.Issues)
                {
                    CheckStand(ip, where);
                }
            }

            for (int t = 0; t < p.Interactions.Length; t++)
            {
                var term = p.Interactions[t];
                string where = $"{who}: interaction {t + 1}";
                Refs(term.Sources, sources, "source", where);
                CheckFigure(term.Value, $"{where}: value", -1, 1);
                if (term.Conditions.IsDefaultOrEmpty)
                {
                    throw new ArgumentException($"{where} has no condition.");
                }

                Unique(term.Conditions.Select(c => c.IssueId), $"issue in {where}");
                foreach (var c in term.Conditions)
                {
                    Refs([c.IssueId], issues, "issue", where);
                    var issue = s.FindIssue(c.IssueId)!;
                    if (issue.Kind == IssueKind.Discrete)
                    {
                        Refs(c.Options.IsDefault ? [] : c.Options, issue.Options.Select(o => o.Id).ToHashSet(StringComparer.Ordinal), "option", where);
                    }
                    else if (c.Range is null)
                    {
                        throw new ArgumentException($"{where}: the condition on numeric issue '{c.IssueId}' needs a range.");
                    }
                }
            }
        }

        foreach (var pr in s.Proposals)
        {
            Refs([pr.ProposedBy], actors, "actor", $"Proposal '{pr.Id}'");
            Refs(pr.Sources, sources, "source", $"Proposal '{pr.Id}'");
            Refs(pr.Terms.Select(t => t.IssueId), issues, "issue", $"Proposal '{pr.Id}'");
        }

        foreach (var l in s.Levers)
        {
            Refs([l.ActorId], actors, "actor", $"Lever '{l.Id}'");
            Refs(l.Sources, sources, "source", $"Lever '{l.Id}'");
        }

        Unique(s.EndStates.Select(x => x.Id), "end state");
        var tracks = s.Tracks.ToHashSet(StringComparer.Ordinal);
        foreach (var e in s.EndStates)
        {
            string where = $"End state '{e.Id}'";
            Refs(e.Sources, sources, "source", where);
            Refs(e.Agreements.IsDefault ? [] : e.Agreements.Select(a => a.Track), tracks, "track", where);
            if (e.When is not null)
            {
                if (s.Conflict is null)
                {
                    throw new ArgumentException($"{where} has a condition over conflict options, but the scenario has no conflict.");
                }

                Refs(e.When.OptionIds(), s.Conflict.AllOptions.Select(o => o.Id).ToHashSet(StringComparer.Ordinal), "conflict option", where);
            }
        }

        foreach (var c in s.Claims)
        {
            Refs(c.With, levers, "lever", $"Claim '{c.Id}'");
            Refs(c.Sources, sources, "source", $"Claim '{c.Id}'");
        }
    }

    private static HashSet<string> Unique(IEnumerable<string> ids, string what)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (!set.Add(id))
            {
                throw new ArgumentException($"Duplicate {what} id '{id}'.");
            }
        }

        return set;
    }
}
