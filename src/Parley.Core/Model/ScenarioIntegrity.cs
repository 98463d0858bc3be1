using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Parley.Core.Model;

/// <summary>
/// Checks that a scenario's references resolve and its figures lie in range. Failing here is a
/// programmer error (readers report user errors as diagnostics before building a scenario).
/// </summary>
internal static class ScenarioIntegrity
{
    [ThreadStatic]
    private static int t_referencesKnown;

    /// <summary>
    /// Runs <paramref name="derive"/> with every scenario it builds on this thread checked for its figures only
    /// (<see cref="Check"/> without its reference walk). For a Monte Carlo draw's variant whose undrawn twin (the
    /// same levers and time on the scenario as read) was derived and checked in full: a draw changes figure values,
    /// never ids or references, so the reference checks would repeat themselves at every lever effect of every draw.
    /// </summary>
    public static T WithReferencesKnown<T>(Func<T> derive)
    {
        t_referencesKnown++;
        try
        {
            return derive();
        }
        finally
        {
            t_referencesKnown--;
        }
    }

    public static void Check(Scenario s)
    {
        if (t_referencesKnown == 0)
        {
            CheckReferences(s);
        }

        CheckFigures(s);
    }

    // Every figure's range and every memorandum's revision order: the rules a Monte Carlo draw can break. Run at
    // every lever effect of every draw, so it allocates nothing unless it fails (the place in a message is made
    // only then).
    private static void CheckFigures(Scenario s)
    {
        foreach (var a in s.Actors)
        {
            InRange(a.Capability, 0, 1, $"Capability of '{a.Id}'");
        }

        foreach (var p in s.Positions)
        {
            InRange(p.WalkAway, 0, 1, $"Position of '{p.ActorId}': walk-away");
            Stands(p.Issues, p, revision: null);
            for (int r = 0; r < p.Revisions.Length; r++)
            {
                var revision = p.Revisions[r];
                if (r > 0 && revision.Date <= p.Revisions[r - 1].Date)
                {
                    throw new ArgumentException($"Position of '{p.ActorId}': revisions must have strictly ascending dates; {revision.Date:yyyy-MM-dd} follows {p.Revisions[r - 1].Date:yyyy-MM-dd}.");
                }

                InRange(revision.WalkAway, 0, 1, $"{Who(p, revision.Date)}: walk-away");
                Stands(revision.Issues, p, revision.Date);
            }

            for (int t = 0; t < p.Interactions.Length; t++)
            {
                InRange(p.Interactions[t].Value, -1, 1, $"Position of '{p.ActorId}': interaction {t + 1}: value");
            }
        }

        static void Stands(ImmutableArray<IssuePosition> stands, Position p, DateOnly? revision)
        {
            foreach (var ip in stands.IsDefault ? [] : stands)
            {
                InRange(ip.Weight, 0, 1, $"{Who(p, revision)} on '{ip.IssueId}': weight");
                InRange(ip.Salience, 0, 1, $"{Who(p, revision)} on '{ip.IssueId}': salience");
            }
        }

        static string Who(Position p, DateOnly? revision) => revision is { } date
            ? $"Position of '{p.ActorId}': revision of {date:yyyy-MM-dd}"
            : $"Position of '{p.ActorId}'";
    }

    // The interpolated place is formatted only when the figure is out of range (FigurePlaceHandler decides).
    private static void InRange(Figure? f, double min, double max, [InterpolatedStringHandlerArgument("f", "min", "max")] FigurePlaceHandler where)
    {
        if (where.Failed)
        {
            throw new ArgumentException($"{where.Text()} is {f!.Value}; it must lie within [{min}, {max}].");
        }
    }

    // Ids unique, every reference resolved, options and conditions well formed: what a scenario as read and a
    // lever's structural change can break, and a draw (which changes figure values only) cannot.
    private static void CheckReferences(Scenario s)
    {
        var sources = Ids(s.Sources, x => x.Id, "source");
        var actors = Unique(s.Actors.Select(x => x.Id), () => "actor");
        var issues = Ids(s.Issues, x => x.Id, "issue");
        var levers = Ids(s.Levers, x => x.Id, "lever");
        var optionSets = IssueIndex(s.Issues);
        Ids(s.Proposals, x => x.Id, "proposal");
        Ids(s.Claims, x => x.Id, "claim");
        Ids(s.EndStates, x => x.Id, "end state");
        Unique(s.Positions.Select(x => x.ActorId), () => "position of actor");

        // The place named in a message is made only when something is wrong.
        void Refs(IEnumerable<string> ids, ICollection<string> known, string what, Func<string> where)
        {
            foreach (var id in ids)
            {
                if (!known.Contains(id))
                {
                    throw new ArgumentException($"{where()} refers to unknown {what} '{id}'.");
                }
            }
        }

        void FigureSources(Figure? f, Func<string> where)
        {
            if (f is not null)
            {
                Refs(f.Sources, sources, "source", where);
            }
        }

        foreach (var a in s.Actors)
        {
            Refs(a.Supports, actors, "actor", () => $"Actor '{a.Id}'");
            Refs(a.Sources, sources, "source", () => $"Actor '{a.Id}'");
            FigureSources(a.Capability, () => $"Capability of '{a.Id}'");
        }

        foreach (var i in s.Issues)
        {
            Refs(i.ConsentBy, actors, "actor", () => $"Issue '{i.Id}'");
        }

        foreach (var p in s.Positions)
        {
            string Who() => $"Position of '{p.ActorId}'";
            Refs([p.ActorId], actors, "actor", Who);
            Refs(p.Sources, sources, "source", Who);
            FigureSources(p.WalkAway, () => $"{Who()}: walk-away");
            void CheckStand(IssuePosition ip, Func<string> who)
            {
                string Where() => $"{who()} on '{ip.IssueId}'";
                Refs([ip.IssueId], issues, "issue", who);
                Refs(ip.Sources, sources, "source", Where);
                FigureSources(ip.Weight, () => $"{Where()}: weight");
                FigureSources(ip.Salience, () => $"{Where()}: salience");
                var (issue, options) = optionSets[ip.IssueId];
                if (options is not null)
                {
                    Refs(ip.Acceptable, options, "option", Where);
                    if (ip.Preferred is not null)
                    {
                        Refs([ip.Preferred], options, "option", Where);
                    }

                    if (ip.Values.Length != issue.Options.Length)
                    {
                        throw new ArgumentException($"{Where()}: {ip.Values.Length} option values for {issue.Options.Length} options.");
                    }
                }
            }

            foreach (var ip in p.Issues)
            {
                CheckStand(ip, Who);
            }

            foreach (var revision in p.Revisions)
            {
                string Where() => $"{Who()}: revision of {revision.Date:yyyy-MM-dd}";
                Refs(revision.Sources, sources, "source", Where);
                FigureSources(revision.WalkAway, () => $"{Where()}: walk-away");
                foreach (var ip in revision.Issues.IsDefault ? [] : revision.Issues)
                {
                    CheckStand(ip, Where);
                }
            }

            for (int t = 0; t < p.Interactions.Length; t++)
            {
                var term = p.Interactions[t];
                int number = t + 1;
                string Where() => $"{Who()}: interaction {number}";
                Refs(term.Sources, sources, "source", Where);
                FigureSources(term.Value, () => $"{Where()}: value");
                if (term.Conditions.IsDefaultOrEmpty)
                {
                    throw new ArgumentException($"{Where()} has no condition.");
                }

                Unique(term.Conditions.Select(c => c.IssueId), () => $"issue in {Where()}");
                foreach (var c in term.Conditions)
                {
                    Refs([c.IssueId], issues, "issue", Where);
                    var (_, options) = optionSets[c.IssueId];
                    if (options is not null)
                    {
                        Refs(c.Options.IsDefault ? [] : c.Options, options, "option", Where);
                    }
                    else if (c.Range is null)
                    {
                        throw new ArgumentException($"{Where()}: the condition on numeric issue '{c.IssueId}' needs a range.");
                    }
                }
            }
        }

        foreach (var pr in s.Proposals)
        {
            string Where() => $"Proposal '{pr.Id}'";
            Refs([pr.ProposedBy], actors, "actor", Where);
            Refs(pr.Sources, sources, "source", Where);
            Refs(pr.Terms.Select(t => t.IssueId), issues, "issue", Where);
        }

        foreach (var l in s.Levers)
        {
            string Where() => $"Lever '{l.Id}'";
            Refs([l.ActorId], actors, "actor", Where);
            Refs(l.Sources, sources, "source", Where);
        }

        foreach (var e in s.EndStates)
        {
            string Where() => $"End state '{e.Id}'";
            Refs(e.Sources, sources, "source", Where);
            Refs(e.Agreements.IsDefault ? [] : e.Agreements.Select(a => a.Track), s.Tracks, "track", Where);
            if (e.When is not null)
            {
                if (s.Conflict is null)
                {
                    throw new ArgumentException($"{Where()} has a condition over conflict options, but the scenario has no conflict.");
                }

                Refs(e.When.OptionIds(), s.Conflict.AllOptions.Select(o => o.Id).ToHashSet(StringComparer.Ordinal), "conflict option", Where);
            }
        }

        foreach (var c in s.Claims)
        {
            string Where() => $"Claim '{c.Id}'";
            Refs(c.With, levers, "lever", Where);
            Refs(c.Sources, sources, "source", Where);
        }
    }

    private static HashSet<string> Ids<T>(ImmutableArray<T> items, Func<T, string> id, string what) => Unique(items.Select(id), () => what);

    private static HashSet<string> Unique(IEnumerable<string> ids, Func<string> what)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (!set.Add(id))
            {
                throw new ArgumentException($"Duplicate {what()} id '{id}'.");
            }
        }

        return set;
    }

    // Per issue, its options' ids (null for a numeric issue), checked. Made at each full check, not kept per list:
    // a lever that removes an option makes new lists in every variant, and kept entries (handles the garbage
    // collector visits at every collection) once made a sweep's collections its main cost.
    private static Dictionary<string, (Issue Issue, HashSet<string>? Options)> IssueIndex(ImmutableArray<Issue> issues)
    {
        var index = new Dictionary<string, (Issue, HashSet<string>?)>(StringComparer.Ordinal);
        foreach (var i in issues)
        {
            if (i.Kind == IssueKind.Discrete)
            {
                if (i.Options.IsDefaultOrEmpty)
                {
                    throw new ArgumentException($"Discrete issue '{i.Id}' has no options.");
                }

                index[i.Id] = (i, Unique(i.Options.Select(o => o.Id), () => $"option of issue '{i.Id}'"));
            }
            else if (i.Range is null || i.Range.Min > i.Range.Max)
            {
                throw new ArgumentException($"Numeric issue '{i.Id}' needs a range with min <= max.");
            }
            else
            {
                index[i.Id] = (i, null);
            }
        }

        return index;
    }
}
