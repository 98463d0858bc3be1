using System.Collections.Immutable;
using System.Globalization;
using Parley.Core.Model;

namespace Parley.Core.Agreement;

/// <summary>
/// A multi-issue bargaining problem built once from a scenario (or from raw parts): the outcome space of
/// the selected issues, the actors whose consent a deal needs, one <see cref="AdditiveUtility"/> per actor
/// and the options each actor can live with on each issue (its red lines). Every agreement engine reads
/// this array-backed form; actors and issues are dense indices.
/// </summary>
/// <remarks>
/// <para>Choices made when building from a scenario (see <c>docs/agreement.md</c>):</para>
/// <list type="bullet">
/// <item><description>Actors: the union, over the selected issues, of <see cref="Scenario.ConsentingActors"/>
/// (the issue's <c>consentBy</c>, or else every party), in scenario order.</description></item>
/// <item><description>Red lines bind only where the actor's consent is needed: an actor that has no veto on
/// an issue cannot block a deal through it. An actor with no position on an issue accepts every option.</description></item>
/// <item><description>Weights are renormalised over the selected issues the actor takes a stand on, so a
/// partial deal (one track) is judged as a deal in its own right on the issues it settles; the walk-away
/// value is compared unchanged with that renormalised utility. An actor with no position on any selected
/// issue has no stake: its utility is 0 everywhere and its reservation value 0 (it accepts everything).</description></item>
/// <item><description>Numeric issues are discretised: the grid is every <see cref="NumericRange.Step"/> from
/// the minimum (or 11 evenly spaced points when the range has no step, or 101 when the step would give more
/// than <see cref="MaxNumericPoints"/> points), plus the maximum, every actor's preferred number and red-line
/// bounds, the status quo and every proposed number, so that red lines and proposals fall on the grid.
/// An option's value falls linearly from 1 at the preferred number to 0 at the farther end of the range.</description></item>
/// <item><description>A discrete position without option values gets 1 for its preferred option, 0.5 for
/// the other options it accepts, 0 for the rest.</description></item>
/// </list>
/// </remarks>
public sealed class AgreementProblem
{
    /// <summary>The most grid points a stepped numeric issue gets before the coarser default grid is used.</summary>
    public const int MaxNumericPoints = 1001;

    /// <summary>Tolerance of every utility comparison (a package worth its walk-away value minus this is still acceptable).</summary>
    public const double Tolerance = 1e-9;

    private const int DefaultNumericPoints = 11;
    private const int CoarseNumericPoints = 101;
    private const double GridTolerance = 1e-9;

    private readonly bool[][][] _allowed;
    private readonly bool[][] _needsConsent;

    /// <summary>Creates a problem from raw parts (importers, benchmarks, tests).</summary>
    /// <param name="space">The outcome space.</param>
    /// <param name="issueIds">Id of each issue of <paramref name="space"/>, for labels.</param>
    /// <param name="actorIds">Id of each actor whose consent a deal needs.</param>
    /// <param name="utilities">One utility per actor, over <paramref name="space"/>.</param>
    /// <param name="allowed">
    /// For each actor, issue and option: whether the option is inside the actor's red line; default means
    /// no red lines at all.
    /// </param>
    /// <param name="needsConsent">
    /// For each actor and issue: whether the actor's red line on the issue binds; default means everywhere.
    /// </param>
    /// <param name="tracks">The tracks the issues come from, or default for none.</param>
    /// <param name="notes">Sentences about how the problem was built (for results to carry), or default.</param>
    /// <param name="redLineSources">Source ids of each actor's position on each issue, or default.</param>
    /// <param name="walkAwaySources">Source ids of each actor's walk-away value, or default.</param>
    /// <param name="optionNumbers">For numeric issues, the number of each option; empty rows for discrete issues; default for none.</param>
    /// <param name="tracksWithoutPositions">Selected tracks on which no consenting actor takes a position, or default.</param>
    /// <exception cref="ArgumentException">A list does not match the space or the actors.</exception>
    public AgreementProblem(
        OutcomeSpace space,
        ImmutableArray<string> issueIds,
        ImmutableArray<string> actorIds,
        ImmutableArray<AdditiveUtility> utilities,
        ImmutableArray<ImmutableArray<ImmutableArray<bool>>> allowed = default,
        ImmutableArray<ImmutableArray<bool>> needsConsent = default,
        ImmutableArray<string> tracks = default,
        ImmutableArray<string> notes = default,
        ImmutableArray<ImmutableArray<ImmutableArray<string>>> redLineSources = default,
        ImmutableArray<ImmutableArray<string>> walkAwaySources = default,
        ImmutableArray<ImmutableArray<double>> optionNumbers = default,
        ImmutableArray<string> tracksWithoutPositions = default)
    {
        ArgumentNullException.ThrowIfNull(space);
        int n = space.IssueCount;
        Require(issueIds.IsDefault ? -1 : issueIds.Length, n, nameof(issueIds), "issue ids");
        if (actorIds.IsDefault || utilities.IsDefault || actorIds.Length != utilities.Length)
        {
            throw new ArgumentException("Give exactly one utility per actor id.", nameof(utilities));
        }

        int m = actorIds.Length;
        for (int a = 0; a < m; a++)
        {
            ArgumentNullException.ThrowIfNull(utilities[a], nameof(utilities));
            Require(utilities[a].IssueCount, n, nameof(utilities), $"issues in the utility of '{actorIds[a]}'");
            for (int i = 0; i < n; i++)
            {
                Require(utilities[a].Contributions[i].Length, space.Cardinalities[i], nameof(utilities), $"contributions of '{actorIds[a]}' on issue '{issueIds[i]}'");
            }
        }

        _allowed = new bool[m][][];
        _needsConsent = new bool[m][];
        for (int a = 0; a < m; a++)
        {
            _allowed[a] = new bool[n][];
            _needsConsent[a] = new bool[n];
            if (!allowed.IsDefault)
            {
                Require(allowed.Length, m, nameof(allowed), "actors in the red lines");
                Require(allowed[a].Length, n, nameof(allowed), $"issues in the red lines of '{actorIds[a]}'");
            }

            if (!needsConsent.IsDefault)
            {
                Require(needsConsent.Length, m, nameof(needsConsent), "actors in the consent table");
                Require(needsConsent[a].Length, n, nameof(needsConsent), $"issues in the consent table of '{actorIds[a]}'");
            }

            for (int i = 0; i < n; i++)
            {
                int k = space.Cardinalities[i];
                _allowed[a][i] = new bool[k];
                if (allowed.IsDefault)
                {
                    Array.Fill(_allowed[a][i], true);
                }
                else
                {
                    Require(allowed[a][i].Length, k, nameof(allowed), $"options in the red line of '{actorIds[a]}' on '{issueIds[i]}'");
                    allowed[a][i].CopyTo(_allowed[a][i]);
                }

                _needsConsent[a][i] = needsConsent.IsDefault || needsConsent[a][i];
            }
        }

        Space = space;
        IssueIds = issueIds;
        ActorIds = actorIds;
        Utilities = utilities;
        Tracks = tracks.IsDefault ? [] : tracks;
        Notes = notes.IsDefault ? [] : notes;
        TracksWithoutPositions = tracksWithoutPositions.IsDefault ? [] : tracksWithoutPositions;
        RedLineSources = redLineSources.IsDefault ? [.. Enumerable.Range(0, m).Select(_ => Enumerable.Range(0, n).Select(_ => ImmutableArray<string>.Empty).ToImmutableArray())] : redLineSources;
        WalkAwaySources = walkAwaySources.IsDefault ? [.. Enumerable.Range(0, m).Select(_ => ImmutableArray<string>.Empty)] : walkAwaySources;
        OptionNumbers = optionNumbers.IsDefault ? [.. Enumerable.Range(0, n).Select(_ => ImmutableArray<double>.Empty)] : optionNumbers;
        Require(RedLineSources.Length, m, nameof(redLineSources), "actors in the red-line sources");
        Require(WalkAwaySources.Length, m, nameof(walkAwaySources), "actors in the walk-away sources");
        Require(OptionNumbers.Length, n, nameof(optionNumbers), "issues in the option numbers");
    }

    /// <summary>The packages: one option per selected issue.</summary>
    public OutcomeSpace Space { get; }

    /// <summary>Id of each issue, by issue index.</summary>
    public ImmutableArray<string> IssueIds { get; }

    /// <summary>Id of each actor whose consent a deal needs, by actor index.</summary>
    public ImmutableArray<string> ActorIds { get; }

    /// <summary>Each actor's utility, by actor index.</summary>
    public ImmutableArray<AdditiveUtility> Utilities { get; }

    /// <summary>The tracks the selected issues belong to, in scenario order.</summary>
    public ImmutableArray<string> Tracks { get; }

    /// <summary>Sentences on how the problem was built (discretisation, actors without positions), for results to carry.</summary>
    public ImmutableArray<string> Notes { get; }

    /// <summary>Selected tracks on which no consenting actor takes a position: nothing can be said about them but that.</summary>
    public ImmutableArray<string> TracksWithoutPositions { get; }

    /// <summary>Source ids of each actor's position on each issue (by actor, then issue).</summary>
    public ImmutableArray<ImmutableArray<ImmutableArray<string>>> RedLineSources { get; }

    /// <summary>Source ids of each actor's walk-away value (by actor).</summary>
    public ImmutableArray<ImmutableArray<string>> WalkAwaySources { get; }

    /// <summary>For numeric issues the number each option stands for; an empty row for discrete issues.</summary>
    public ImmutableArray<ImmutableArray<double>> OptionNumbers { get; }

    /// <summary>Number of actors.</summary>
    public int ActorCount => ActorIds.Length;

    /// <summary>Number of issues.</summary>
    public int IssueCount => Space.IssueCount;

    /// <summary>True when option <paramref name="option"/> of <paramref name="issue"/> is inside the actor's red line (or the line does not bind).</summary>
    public bool IsAllowed(int actor, int issue, int option) => !_needsConsent[actor][issue] || _allowed[actor][issue][option];

    /// <summary>True when the actor's red line on the issue binds (its consent is needed there).</summary>
    public bool NeedsConsent(int actor, int issue) => _needsConsent[actor][issue];

    /// <summary>True when the actor has a binding red line on the issue that excludes at least one option.</summary>
    public bool HasRedLine(int actor, int issue)
    {
        if (!_needsConsent[actor][issue])
        {
            return false;
        }

        foreach (bool ok in _allowed[actor][issue])
        {
            if (!ok)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when no binding red line of the actor excludes the package.</summary>
    public bool WithinRedLines(int actor, ReadOnlySpan<int> package)
    {
        for (int i = 0; i < package.Length; i++)
        {
            if (!IsAllowed(actor, i, package[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the package is worth at least the actor's walk-away value (tolerance 1e-9).</summary>
    public bool MeetsWalkAway(int actor, ReadOnlySpan<int> package) =>
        Utilities[actor].Of(package) >= Utilities[actor].ReservationValue - Tolerance;

    /// <summary>True when the actor accepts the package: inside its red lines and at least its walk-away value.</summary>
    public bool IsAcceptable(int actor, ReadOnlySpan<int> package) => WithinRedLines(actor, package) && MeetsWalkAway(actor, package);

    /// <summary>True when every actor accepts the package.</summary>
    public bool IsAcceptableToAll(ReadOnlySpan<int> package)
    {
        for (int a = 0; a < ActorCount; a++)
        {
            if (!IsAcceptable(a, package))
            {
                return false;
            }
        }

        return true;
    }

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

            utilities.Add(new AdditiveUtility(contributions.ToImmutable(), reservation) { Ceiling = position?.UtilityCeiling });
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

    /// <summary>The index of the option of issue <paramref name="issue"/> that a proposal term names, or -1.</summary>
    /// <remarks>Numeric terms map to the nearest grid point (the grid holds every proposed number).</remarks>
    public int OptionIndex(int issue, string? optionId, double? value)
    {
        if (OptionNumbers[issue].IsEmpty)
        {
            return optionId is null ? -1 : Space.OptionNames[issue].IndexOf(optionId, StringComparer.Ordinal);
        }

        if (value is not { } v || !double.IsFinite(v))
        {
            return -1;
        }

        int best = -1;
        double bestDistance = double.PositiveInfinity;
        var grid = OptionNumbers[issue];
        for (int o = 0; o < grid.Length; o++)
        {
            double d = Math.Abs(grid[o] - v);
            if (d < bestDistance)
            {
                best = o;
                bestDistance = d;
            }
        }

        return best;
    }

    private static void Require(int actual, int expected, string paramName, string what)
    {
        if (actual != expected)
        {
            throw new ArgumentException($"Expected {expected} {what}; got {actual}.", paramName);
        }
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

    private static bool IsAcceptable(IssuePosition ip, string optionId) =>
        ip.Acceptable.IsDefaultOrEmpty || ip.Acceptable.Contains(optionId);

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
