using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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
    /// Runs <paramref name="derive"/> with every scenario it builds on this thread checked for its figures'
    /// ranges only. For a Monte Carlo draw's variant whose undrawn twin (the same levers and time on the scenario
    /// as read) was derived and checked in full: a draw changes figure values, never ids or references, so the
    /// reference checks would repeat themselves at every lever effect of every draw.
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
        if (t_referencesKnown > 0)
        {
            CheckRanges(s);
            return;
        }

        var sources = Ids(s.Sources, x => x.Id, "source");
        var actors = Unique(s.Actors.Select(x => x.Id), () => "actor");
        var issues = Ids(s.Issues, x => x.Id, "issue");
        Ids(s.Proposals, x => x.Id, "proposal");
        var levers = Ids(s.Levers, x => x.Id, "lever");
        Ids(s.Claims, x => x.Id, "claim");
        // Actors and positions are new lists in nearly every derived scenario (a lever or a draw changes a figure
        // in them), so their sets are made afresh rather than kept: a kept entry per short-lived list only adds
        // work for the garbage collector.
        Unique(s.Positions.Select(x => x.ActorId), () => "position of actor");

        // The place named in a message is made only when something is wrong: a derived scenario is checked at
        // every lever effect of every Monte Carlo draw, and formatting the place of every reference up front was
        // most of the check's cost.
        void Refs(IEnumerable<string> ids, HashSet<string> known, string what, Func<string> where)
        {
            foreach (var id in ids)
            {
                if (!known.Contains(id))
                {
                    throw new ArgumentException($"{where()} refers to unknown {what} '{id}'.");
                }
            }
        }

        void CheckFigure(Figure? f, Func<string> where, double min, double max)
        {
            if (f is null)
            {
                return;
            }

            if (!double.IsFinite(f.Value) || f.Value < min || f.Value > max)
            {
                throw new ArgumentException($"{where()} is {f.Value}; it must lie within [{min}, {max}].");
            }

            Refs(f.Sources, sources, "source", where);
        }

        foreach (var a in s.Actors)
        {
            Refs(a.Supports, actors, "actor", () => $"Actor '{a.Id}'");
            Refs(a.Sources, sources, "source", () => $"Actor '{a.Id}'");
            CheckFigure(a.Capability, () => $"Capability of '{a.Id}'", 0, 1);
        }

        var optionSets = IssueIndex(s.Issues);
        foreach (var i in s.Issues)
        {
            Refs(i.ConsentBy, actors, "actor", () => $"Issue '{i.Id}'");
        }

        foreach (var p in s.Positions)
        {
            string Who() => $"Position of '{p.ActorId}'";
            Refs([p.ActorId], actors, "actor", Who);
            Refs(p.Sources, sources, "source", Who);
            CheckFigure(p.WalkAway, () => $"{Who()}: walk-away", 0, 1);
            void CheckStand(IssuePosition ip, Func<string> who)
            {
                Refs([ip.IssueId], issues, "issue", who);
                var (issue, options) = optionSets[ip.IssueId];
                string Where() => $"{who()} on '{ip.IssueId}'";
                Refs(ip.Sources, sources, "source", Where);
                CheckFigure(ip.Weight, () => $"{Where()}: weight", 0, 1);
                if (ip.Salience is { } salience)
                {
                    CheckFigure(salience, () => $"{Where()}: salience", 0, 1);
                }

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

            for (int r = 0; r < p.Revisions.Length; r++)
            {
                var revision = p.Revisions[r];
                string Where() => $"{Who()}: revision of {revision.Date:yyyy-MM-dd}";
                if (r > 0 && revision.Date <= p.Revisions[r - 1].Date)
                {
                    throw new ArgumentException($"{Who()}: revisions must have strictly ascending dates; {revision.Date:yyyy-MM-dd} follows {p.Revisions[r - 1].Date:yyyy-MM-dd}.");
                }

                Refs(revision.Sources, sources, "source", Where);
                CheckFigure(revision.WalkAway, () => $"{Where()}: walk-away", 0, 1);
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
                CheckFigure(term.Value, () => $"{Where()}: value", -1, 1);
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

        Ids(s.EndStates, x => x.Id, "end state");
        var tracks = TrackSet(s);
        foreach (var e in s.EndStates)
        {
            string Where() => $"End state '{e.Id}'";
            Refs(e.Sources, sources, "source", Where);
            Refs(e.Agreements.IsDefault ? [] : e.Agreements.Select(a => a.Track), tracks, "track", Where);
            if (e.When is not null)
            {
                if (s.Conflict is null)
                {
                    throw new ArgumentException($"{Where()} has a condition over conflict options, but the scenario has no conflict.");
                }

                Refs(e.When.OptionIds(), ConflictOptionIds(s.Conflict), "conflict option", Where);
            }
        }

        foreach (var c in s.Claims)
        {
            string Where() => $"Claim '{c.Id}'";
            Refs(c.With, levers, "lever", Where);
            Refs(c.Sources, sources, "source", Where);
        }
    }

    // The figures' ranges, as the full check has them.
    private static void CheckRanges(Scenario s)
    {
        static void InRange(Figure? f, double min, double max, Func<string> where)
        {
            if (f is not null && (!double.IsFinite(f.Value) || f.Value < min || f.Value > max))
            {
                throw new ArgumentException($"{where()} is {f.Value}; it must lie within [{min}, {max}].");
            }
        }

        static void Stands(ImmutableArray<IssuePosition> stands, Func<string> who)
        {
            foreach (var ip in stands.IsDefault ? [] : stands)
            {
                InRange(ip.Weight, 0, 1, () => $"{who()} on '{ip.IssueId}': weight");
                InRange(ip.Salience, 0, 1, () => $"{who()} on '{ip.IssueId}': salience");
            }
        }

        foreach (var a in s.Actors)
        {
            InRange(a.Capability, 0, 1, () => $"Capability of '{a.Id}'");
        }

        foreach (var p in s.Positions)
        {
            string Who() => $"Position of '{p.ActorId}'";
            InRange(p.WalkAway, 0, 1, () => $"{Who()}: walk-away");
            Stands(p.Issues, Who);
            foreach (var revision in p.Revisions)
            {
                InRange(revision.WalkAway, 0, 1, () => $"{Who()}: revision of {revision.Date:yyyy-MM-dd}: walk-away");
                Stands(revision.Issues, () => $"{Who()}: revision of {revision.Date:yyyy-MM-dd}");
            }

            for (int t = 0; t < p.Interactions.Length; t++)
            {
                int number = t + 1;
                InRange(p.Interactions[t].Value, -1, 1, () => $"{Who()}: interaction {number}: value");
            }
        }
    }

    private static HashSet<string> Ids<T>(ImmutableArray<T> items, Func<T, string> id, string what) => Ids(items, id, () => what);

    // The ids of a list, checked unique. An ImmutableArray's backing array never changes, and a derived
    // scenario shares every list a lever left alone (sources, proposals, levers, claims…), so the set is
    // kept per array and a lever pulled in each of thousands of draws does not build them again. Each
    // element type has one id (the selector is the same at every call for a type), so the array is the key.
    private static HashSet<string> Ids<T>(ImmutableArray<T> items, Func<T, string> id, Func<string> what)
    {
        if (ImmutableCollectionsMarshal.AsArray(items) is not { } array)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        return IdSets<T>.Table.GetValue(array, _ => Unique(items.Select(id), what));
    }

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

    // Per issue, its options' ids (null for a numeric issue), checked; kept per list of issues, like Ids.
    private static Dictionary<string, (Issue Issue, HashSet<string>? Options)> IssueIndex(ImmutableArray<Issue> issues)
    {
        static Dictionary<string, (Issue, HashSet<string>?)> Build(ImmutableArray<Issue> issues)
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

                    index[i.Id] = (i, Ids(i.Options, o => o.Id, () => $"option of issue '{i.Id}'"));
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

        return ImmutableCollectionsMarshal.AsArray(issues) is { } array ? IssueIndexes.GetValue(array, _ => Build(issues)) : [];
    }

    private static readonly ConditionalWeakTable<Issue[], Dictionary<string, (Issue Issue, HashSet<string>? Options)>> IssueIndexes = new();

    private static HashSet<string> TrackSet(Scenario s) =>
        ImmutableCollectionsMarshal.AsArray(s.Issues) is { } array
            ? TrackSets.GetValue(array, _ => s.Tracks.ToHashSet(StringComparer.Ordinal))
            : [];

    private static readonly ConditionalWeakTable<Issue[], HashSet<string>> TrackSets = new();

    // The conflict's option ids, kept per list of decision makers (which alone holds the options), like Ids.
    private static HashSet<string> ConflictOptionIds(Conflicts.Conflict conflict) =>
        ImmutableCollectionsMarshal.AsArray(conflict.DecisionMakers) is { } makers
            ? ConflictOptions.GetValue(makers, _ => conflict.AllOptions.Select(o => o.Id).ToHashSet(StringComparer.Ordinal))
            : [];

    private static readonly ConditionalWeakTable<Conflicts.DecisionMaker[], HashSet<string>> ConflictOptions = new();

    // The checked id sets per backing array (weak: a set goes with its array). Shared and never mutated.
    private static class IdSets<T>
    {
        public static readonly ConditionalWeakTable<T[], HashSet<string>> Table = new();
    }
}
