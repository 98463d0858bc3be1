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
public sealed partial class AgreementProblem
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

    /// <summary>The same problem with every actor's walk-away value lowered by <paramref name="delta"/>.</summary>
    internal AgreementProblem WithReservationShift(double delta)
    {
        var utilities = ImmutableArray.CreateBuilder<AdditiveUtility>(ActorCount);
        foreach (var u in Utilities)
        {
            utilities.Add(new AdditiveUtility(u.Contributions, u.ReservationValue - delta) { Ceiling = u.Ceiling, Interactions = u.Interactions });
        }

        ImmutableArray<ImmutableArray<ImmutableArray<bool>>> allowed = [.. _allowed.Select(a => a.Select(ImmutableArray.Create).ToImmutableArray())];
        ImmutableArray<ImmutableArray<bool>> needs = [.. _needsConsent.Select(ImmutableArray.Create)];
        return new AgreementProblem(Space, IssueIds, ActorIds, utilities.MoveToImmutable(), allowed, needs, Tracks, Notes, RedLineSources, WalkAwaySources, OptionNumbers, TracksWithoutPositions);
    }

    private static void Require(int actual, int expected, string paramName, string what)
    {
        if (actual != expected)
        {
            throw new ArgumentException($"Expected {expected} {what}; got {actual}.", paramName);
        }
    }
}
