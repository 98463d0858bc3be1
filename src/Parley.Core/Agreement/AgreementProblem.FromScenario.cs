using System.Collections.Immutable;
using System.Globalization;
using Parley.Core.Model;

namespace Parley.Core.Agreement;

// Building a problem from a scenario; the choices made are listed in the remarks of the type.
public sealed partial class AgreementProblem
{
    /// <summary>
    /// Builds the problem of the issues on <paramref name="tracks"/> (all tracks when null or empty).
    /// </summary>
    /// <exception cref="ArgumentException">A track has no issue in the scenario.</exception>
    public static AgreementProblem From(Scenario scenario, IEnumerable<string>? tracks = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var allTracks = scenario.Tracks;
        var wanted = tracks?.Distinct(StringComparer.Ordinal).ToList() ?? [];
        foreach (var t in wanted)
        {
            if (!allTracks.Contains(t))
            {
                throw new ArgumentException($"The scenario has no track '{t}'. Known tracks: {string.Join(", ", allTracks)}.", nameof(tracks));
            }
        }

        var selectedTracks = wanted.Count == 0 ? allTracks : [.. allTracks.Where(wanted.Contains)];
        var issues = scenario.Issues.Where(i => selectedTracks.Contains(i.Track)).ToImmutableArray();
        return Build(scenario, issues, selectedTracks);
    }

    /// <summary>
    /// Builds the problem of exactly the issues <paramref name="issueIds"/> (in scenario order), such as the
    /// issues a proposal settles.
    /// </summary>
    /// <exception cref="ArgumentException">An id names no issue of the scenario, or none is given.</exception>
    public static AgreementProblem FromIssues(Scenario scenario, IEnumerable<string> issueIds)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(issueIds);
        var ids = issueIds.ToHashSet(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (scenario.FindIssue(id) is null)
            {
                throw new ArgumentException($"The scenario has no issue '{id}'.", nameof(issueIds));
            }
        }

        if (ids.Count == 0)
        {
            throw new ArgumentException("Give at least one issue.", nameof(issueIds));
        }

        var issues = scenario.Issues.Where(i => ids.Contains(i.Id)).ToImmutableArray();
        var tracks = scenario.Tracks.Where(t => issues.Any(i => i.Track == t)).ToImmutableArray();
        return Build(scenario, issues, tracks);
    }

    private static AgreementProblem Build(Scenario scenario, ImmutableArray<Issue> issues, ImmutableArray<string> selectedTracks)
    {
        var notes = ImmutableArray.CreateBuilder<string>();

        // Consenting actors: the union over the selected issues, in scenario order.
        var consent = issues.Select(i => scenario.ConsentingActors(i).Select(a => a.Id).ToHashSet(StringComparer.Ordinal)).ToArray();
        var actors = scenario.Actors.Where(a => consent.Any(c => c.Contains(a.Id))).ToImmutableArray();

        // Option grids: discrete options, or a discretised numeric range.
        var optionNames = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        var optionNumbers = ImmutableArray.CreateBuilder<ImmutableArray<double>>();
        foreach (var issue in issues)
        {
            if (issue.Kind == IssueKind.Discrete)
            {
                optionNames.Add([.. issue.Options.Select(o => o.Id)]);
                optionNumbers.Add([]);
            }
            else
            {
                var grid = NumericGrid(scenario, issue, notes);
                optionNumbers.Add(grid);
                optionNames.Add([.. grid.Select(FormatNumber)]);
            }
        }

        var space = new OutcomeSpace([.. issues.Select(i => i.Id)], optionNames.ToImmutable());
        var utilities = ImmutableArray.CreateBuilder<AdditiveUtility>();
        var allowed = ImmutableArray.CreateBuilder<ImmutableArray<ImmutableArray<bool>>>();
        var needs = ImmutableArray.CreateBuilder<ImmutableArray<bool>>();
        var redLineSources = ImmutableArray.CreateBuilder<ImmutableArray<ImmutableArray<string>>>();
        var walkAwaySources = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        foreach (var actor in actors)
        {
            var position = scenario.PositionOf(actor.Id);
            var contributions = ImmutableArray.CreateBuilder<ImmutableArray<double>>();
            var actorAllowed = ImmutableArray.CreateBuilder<ImmutableArray<bool>>();
            var actorNeeds = ImmutableArray.CreateBuilder<bool>();
            var actorSources = ImmutableArray.CreateBuilder<ImmutableArray<string>>();

            double totalWeight = 0;
            foreach (var issue in issues)
            {
                totalWeight += position?.On(issue.Id)?.Weight.Value ?? 0;
            }

            for (int i = 0; i < issues.Length; i++)
            {
                var issue = issues[i];
                var ip = position?.On(issue.Id);
                int k = optionNames[i].Length;
                actorNeeds.Add(consent[i].Contains(actor.Id));
                actorSources.Add(ip is null ? [] : ip.Sources.IsDefaultOrEmpty ? position!.Sources : ip.Sources);
                if (ip is null)
                {
                    contributions.Add([.. new double[k]]);
                    actorAllowed.Add([.. Enumerable.Repeat(true, k)]);
                    continue;
                }

                // GENIUS profiles (UtilityCeiling set) keep their weights as written; the sum is capped instead.
                double weight = position!.UtilityCeiling is not null ? ip.Weight.Value : totalWeight > 0 ? ip.Weight.Value / totalWeight : 0;
                var values = issue.Kind == IssueKind.Discrete ? DiscreteValues(issue, ip) : NumericValues(issue, ip, optionNumbers[i]);
                var row = new double[k];
                for (int o = 0; o < k; o++)
                {
                    row[o] = weight * values[o];
                }

                contributions.Add([.. row]);
                actorAllowed.Add(issue.Kind == IssueKind.Discrete ? DiscreteAllowed(issue, ip) : NumericAllowed(issue, ip, optionNumbers[i]));
            }

            double reservation;
            if (position is null || totalWeight <= 0)
            {
                reservation = 0;
                notes.Add(position is null
                    ? $"Actor '{actor.Id}' has no position: it accepts every package."
                    : $"Actor '{actor.Id}' takes no stand on the selected issues: it accepts every package of them.");
            }
            else
            {
                reservation = position.WalkAway.Value;
            }

            var interactions = position is null ? [] : Interactions(position, issues, optionNumbers, notes);
            utilities.Add(new AdditiveUtility(contributions.ToImmutable(), reservation) { Ceiling = position?.UtilityCeiling, Interactions = interactions });
            allowed.Add(actorAllowed.ToImmutable());
            needs.Add(actorNeeds.ToImmutable());
            redLineSources.Add(actorSources.ToImmutable());
            walkAwaySources.Add(position is null ? [] : position.WalkAway.Sources.IsDefaultOrEmpty ? position.Sources : position.WalkAway.Sources);
        }

        if (issues.Length < scenario.Issues.Length)
        {
            notes.Add("Weights are renormalised over the selected issues each actor takes a stand on; walk-away values are compared unchanged.");
        }

        var withoutPositions = ImmutableArray.CreateBuilder<string>();
        foreach (var track in selectedTracks)
        {
            bool any = false;
            for (int i = 0; i < issues.Length && !any; i++)
            {
                if (issues[i].Track != track)
                {
                    continue;
                }

                foreach (var actor in actors)
                {
                    if (consent[i].Contains(actor.Id) && scenario.PositionOf(actor.Id)?.On(issues[i].Id) is not null)
                    {
                        any = true;
                        break;
                    }
                }
            }

            if (!any)
            {
                withoutPositions.Add(track);
                notes.Add($"No consenting actor takes a position on the issues of track '{track}': every package of it is acceptable by default, which says nothing about the talks.");
            }
        }

        return new AgreementProblem(
            space,
            [.. issues.Select(i => i.Id)],
            [.. actors.Select(a => a.Id)],
            utilities.ToImmutable(),
            allowed.ToImmutable(),
            needs.ToImmutable(),
            selectedTracks,
            notes.ToImmutable(),
            redLineSources.ToImmutable(),
            walkAwaySources.ToImmutable(),
            optionNumbers.ToImmutable(),
            withoutPositions.ToImmutable());
    }

    // The actor's interaction terms whose issues are all selected, as index-based terms; the value is added as
    // written (it is on the utility scale already). Terms reaching outside the selection are left out, with a note.
    private static ImmutableArray<UtilityInteraction> Interactions(
        Position position, ImmutableArray<Issue> issues, ImmutableArray<ImmutableArray<double>>.Builder optionNumbers, ImmutableArray<string>.Builder notes)
    {
        var result = ImmutableArray.CreateBuilder<UtilityInteraction>();
        int outside = 0;
        foreach (var term in position.Interactions)
        {
            var conditions = new List<(int Issue, ImmutableArray<bool> Holds)>();
            foreach (var c in term.Conditions)
            {
                int i = issues.Length - 1;
                while (i >= 0 && issues[i].Id != c.IssueId)
                {
                    i--;
                }

                if (i < 0)
                {
                    break;
                }

                var issue = issues[i];
                conditions.Add((i, issue.Kind == IssueKind.Discrete
                    ? [.. issue.Options.Select(o => c.HoldsFor(o.Id))]
                    : [.. optionNumbers[i].Select(c.HoldsFor)]));
            }

            if (conditions.Count < term.Conditions.Length)
            {
                outside++;
                continue;
            }

            conditions.Sort((x, y) => x.Issue.CompareTo(y.Issue));
            result.Add(new UtilityInteraction([.. conditions.Select(x => x.Issue)], [.. conditions.Select(x => x.Holds)], term.Value.Value));
        }

        if (outside > 0)
        {
            notes.Add($"{outside} interaction term(s) of '{position.ActorId}' name issues outside the selection and are left out.");
        }

        return result.ToImmutable();
    }

    private static string FormatNumber(double x) => x.ToString("0.######", CultureInfo.InvariantCulture);

    private static ImmutableArray<double> NumericGrid(Scenario scenario, Issue issue, ImmutableArray<string>.Builder notes)
    {
        var range = issue.Range!;
        var points = new List<double>();
        double span = range.Max - range.Min;
        if (span <= 0)
        {
            points.Add(range.Min);
        }
        else if (range.Step is { } step && step > 0 && span / step + 1 <= MaxNumericPoints)
        {
            int count = (int)Math.Floor((span / step) + GridTolerance);
            for (int s = 0; s <= count; s++)
            {
                points.Add(range.Min + (s * step));
            }
        }
        else
        {
            int count = range.Step is > 0 ? CoarseNumericPoints : DefaultNumericPoints;
            for (int s = 0; s < count; s++)
            {
                points.Add(range.Min + (span * s / (count - 1)));
            }

            notes.Add(range.Step is > 0
                ? $"Numeric issue '{issue.Id}': its step gives more than {MaxNumericPoints} settlements, so {CoarseNumericPoints} evenly spaced ones are used (plus every stated number)."
                : $"Numeric issue '{issue.Id}' has no step: {DefaultNumericPoints} evenly spaced settlements are used (plus every stated number).");
        }

        points.Add(range.Max);

        // Every stated number lies on the grid, so red lines and proposals are judged exactly.
        foreach (var p in scenario.Positions)
        {
            if (p.On(issue.Id) is not { } ip)
            {
                continue;
            }

            if (ip.PreferredValue is { } pv)
            {
                points.Add(pv);
            }

            if (ip.AcceptableRange is { } ar)
            {
                points.Add(ar.Min);
                points.Add(ar.Max);
            }
        }

        // The bounds of interaction conditions, so a condition is judged exactly on the grid.
        foreach (var p in scenario.Positions)
        {
            foreach (var term in p.Interactions)
            {
                foreach (var c in term.Conditions)
                {
                    if (c.IssueId == issue.Id && c.Range is { } cr)
                    {
                        points.Add(cr.Min);
                        points.Add(cr.Max);
                    }
                }
            }
        }

        if (issue.StatusQuo is not null && double.TryParse(issue.StatusQuo, NumberStyles.Float, CultureInfo.InvariantCulture, out double sq))
        {
            points.Add(sq);
        }

        foreach (var pr in scenario.Proposals)
        {
            foreach (var term in pr.Terms)
            {
                if (term.IssueId == issue.Id && term.Value is { } tv)
                {
                    points.Add(tv);
                }
            }
        }

        points.RemoveAll(x => !double.IsFinite(x) || x < range.Min - GridTolerance || x > range.Max + GridTolerance);
        points.Sort();
        var grid = ImmutableArray.CreateBuilder<double>();
        foreach (double x in points)
        {
            if (grid.Count == 0 || x - grid[^1] > GridTolerance)
            {
                grid.Add(Math.Clamp(x, range.Min, range.Max));
            }
        }

        return grid.ToImmutable();
    }

    private static double[] DiscreteValues(Issue issue, IssuePosition ip)
    {
        var values = new double[issue.Options.Length];
        if (ip.Values.Length == issue.Options.Length)
        {
            ip.Values.CopyTo(values);
            return values;
        }

        for (int o = 0; o < values.Length; o++)
        {
            string id = issue.Options[o].Id;
            values[o] = id == ip.Preferred ? 1 : IsAcceptable(ip, id) ? 0.5 : 0;
        }

        return values;
    }

    // A stand without a red line lists every option (the reader fills them in); an empty list is what a
    // lever leaves when it takes every option an actor accepts off the table, and then the actor
    // accepts none of the rest. Only a default (unset) list means "no red line".
    private static bool IsAcceptable(IssuePosition ip, string optionId) =>
        ip.Acceptable.IsDefault || ip.Acceptable.Contains(optionId);

    private static ImmutableArray<bool> DiscreteAllowed(Issue issue, IssuePosition ip) =>
        [.. issue.Options.Select(o => IsAcceptable(ip, o.Id))];

    private static double[] NumericValues(Issue issue, IssuePosition ip, ImmutableArray<double> grid)
    {
        var range = issue.Range!;
        double preferred = ip.PreferredValue
            ?? (ip.AcceptableRange is { } ar ? (ar.Min + ar.Max) / 2 : (range.Min + range.Max) / 2);
        double reach = Math.Max(preferred - range.Min, range.Max - preferred);
        var values = new double[grid.Length];
        for (int o = 0; o < grid.Length; o++)
        {
            values[o] = reach <= 0 ? 1 : Math.Clamp(1 - (Math.Abs(grid[o] - preferred) / reach), 0, 1);
        }

        return values;
    }

    private static ImmutableArray<bool> NumericAllowed(Issue issue, IssuePosition ip, ImmutableArray<double> grid)
    {
        var range = ip.AcceptableRange ?? issue.Range!;
        return [.. grid.Select(x => x >= range.Min - GridTolerance && x <= range.Max + GridTolerance)];
    }
}
