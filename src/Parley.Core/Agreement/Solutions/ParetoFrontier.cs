using System.Collections.Immutable;
using System.Numerics;

namespace Parley.Core.Agreement;

/// <summary>
/// The Pareto frontier of a multi-issue problem: the packages that no other package strictly dominates
/// (at least as good for every actor and better for one, by more than <see cref="Tolerance"/>), grouped
/// into points by utility vector with every tied package kept. <see cref="Points"/> is the unfiltered
/// frontier (GENIUS <c>BidSpace</c> semantics); <see cref="RationalPoints"/> keeps the points that meet
/// every actor's reservation value (NegMAS semantics). The second is a filter of the first because a
/// package that dominates a rational package is itself rational.
/// </summary>
public sealed record ParetoFrontier
{
    /// <summary>Absolute tolerance of every utility comparison (dominance, ties, reservation values, optima).</summary>
    public const double Tolerance = 1e-9;

    /// <summary>Default limit on the packages listed per point (the count stays exact beyond it).</summary>
    public const int DefaultMaxPackagesPerPoint = 10_000;

    /// <summary>Creates a frontier from its points (the engine, or tests building a frontier by hand).</summary>
    /// <param name="reservationValues">Each actor's reservation value (the disagreement point).</param>
    /// <param name="points">The frontier points; their utility vectors have one entry per actor.</param>
    /// <exception cref="ArgumentException">A point's utility vector does not have one entry per actor.</exception>
    public ParetoFrontier(ImmutableArray<double> reservationValues, ImmutableArray<FrontierPoint> points)
    {
        if (reservationValues.IsDefault)
        {
            throw new ArgumentException("Give one reservation value per actor.", nameof(reservationValues));
        }

        points = points.IsDefault ? [] : points;
        foreach (var p in points)
        {
            if (p.Utilities.Length != reservationValues.Length)
            {
                throw new ArgumentException($"Every point needs {reservationValues.Length} utilities; one has {p.Utilities.Length}.", nameof(points));
            }
        }

        ReservationValues = reservationValues;
        Points = points;
        RationalPoints = [.. points.Where(IsRational)];
        IdealPoint = Ideal(points, reservationValues.Length);
        RationalIdealPoint = Ideal(RationalPoints, reservationValues.Length);
    }

    /// <summary>Number of actors.</summary>
    public int ActorCount => ReservationValues.Length;

    /// <summary>Each actor's reservation value: the disagreement point of the bargaining solutions.</summary>
    public ImmutableArray<double> ReservationValues { get; }

    /// <summary>The frontier over every allowed package, ties kept, sorted by utility vector (lexicographic, ascending).</summary>
    public ImmutableArray<FrontierPoint> Points { get; }

    /// <summary>The points where every actor gets at least its reservation value (within the tolerance).</summary>
    public ImmutableArray<FrontierPoint> RationalPoints { get; }

    /// <summary>Each actor's best utility over all allowed packages (empty when there is no package).</summary>
    public ImmutableArray<double> IdealPoint { get; }

    /// <summary>Each actor's best utility over the rational packages (empty when there is none).</summary>
    public ImmutableArray<double> RationalIdealPoint { get; }

    /// <summary>Number of packages on the frontier (ties counted).</summary>
    public BigInteger PackageCount => Sum(Points);

    /// <summary>Number of rational packages on the frontier (ties counted).</summary>
    public BigInteger RationalPackageCount => Sum(RationalPoints);

    /// <summary>True when a point meets every reservation value (within the tolerance).</summary>
    public bool IsRational(FrontierPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        for (int a = 0; a < ReservationValues.Length; a++)
        {
            if (point.Utilities[a] < ReservationValues[a] - Tolerance)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Computes the frontier of <paramref name="space"/> under <paramref name="utilities"/> without
    /// enumerating the space (issue-by-issue merge of Pareto sets of partial packages; see
    /// <c>docs/bargaining-solutions.md</c>).
    /// </summary>
    /// <param name="space">The packages.</param>
    /// <param name="utilities">One additive utility per actor (at least one); reservation values are theirs.</param>
    /// <param name="allowed">
    /// For each issue, which options may be chosen (for example those inside every actor's red lines); null
    /// allows all. Red lines cut issue by issue, so the allowed packages form a product space.
    /// </param>
    /// <param name="maxPackagesPerPoint">How many tied packages to list per point at most; counts stay exact.</param>
    /// <exception cref="ArgumentException">The utilities or the allowed options do not match the space.</exception>
    public static ParetoFrontier Of(
        OutcomeSpace space,
        IReadOnlyList<AdditiveUtility> utilities,
        IReadOnlyList<IReadOnlyList<bool>>? allowed = null,
        int maxPackagesPerPoint = DefaultMaxPackagesPerPoint)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(utilities);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxPackagesPerPoint);
        if (utilities.Count == 0)
        {
            throw new ArgumentException("A frontier needs at least one actor's utility.", nameof(utilities));
        }

        int issues = space.IssueCount;
        int actors = utilities.Count;
        var contributions = new double[actors][][];
        var ceilings = new double[actors];
        var reservations = ImmutableArray.CreateBuilder<double>(actors);
        for (int a = 0; a < actors; a++)
        {
            var u = utilities[a] ?? throw new ArgumentException($"Utility {a} is null.", nameof(utilities));
            if (u.IssueCount != issues)
            {
                throw new ArgumentException($"Utility {a} covers {u.IssueCount} issues; the space has {issues}.", nameof(utilities));
            }

            contributions[a] = new double[issues][];
            for (int i = 0; i < issues; i++)
            {
                if (u.Contributions[i].Length != space.Cardinalities[i])
                {
                    throw new ArgumentException($"Utility {a} has {u.Contributions[i].Length} contributions on issue {i}; the issue has {space.Cardinalities[i]} options.", nameof(utilities));
                }

                contributions[a][i] = [.. u.Contributions[i]];
            }

            ceilings[a] = u.Ceiling ?? double.PositiveInfinity;
            reservations.Add(u.ReservationValue);
        }

        var options = AllowedOptions(space, allowed);
        if (options.Any(o => o.Length == 0))
        {
            return new ParetoFrontier(reservations.MoveToImmutable(), []);
        }

        // With interaction terms the issues are merged in an order that keeps few terms open at once.
        var order = InteractionOrder(utilities, issues);
        InteractionTable? terms = null;
        if (order is not null)
        {
            terms = new InteractionTable(utilities, order);
            for (int a = 0; a < actors; a++)
            {
                contributions[a] = [.. order.Select(i => contributions[a][i])];
            }

            options = [.. order.Select(i => options[i])];
        }

        var levels = IssueByIssueMerge.Run(contributions, options, ceilings, Tolerance, terms);
        var last = levels[issues];
        var counts = CountPaths(levels);
        var points = new List<FrontierPoint>(last.Count);
        var package = new int[issues];
        for (int s = 0; s < last.Count; s++)
        {
            var packages = new List<ImmutableArray<int>>();
            ListPackages(levels, issues, s, package, packages, maxPackagesPerPoint);
            if (order is not null)
            {
                for (int p = 0; p < packages.Count; p++)
                {
                    var byIssue = new int[issues];
                    for (int d = 0; d < issues; d++)
                    {
                        byIssue[order[d]] = packages[p][d];
                    }

                    packages[p] = [.. byIssue];
                }
            }

            packages.Sort(ComparePackages);

            // Utilities from a concrete package, so a point reports exactly what AdditiveUtility.Of gives.
            var vector = ImmutableArray.CreateBuilder<double>(actors);
            foreach (var u in utilities)
            {
                vector.Add(u.Of(packages[0].AsSpan()));
            }

            points.Add(new FrontierPoint(vector.MoveToImmutable(), [.. packages], counts[s]));
        }

        points.Sort((x, y) => CompareVectors(x.Utilities, y.Utilities));
        return new ParetoFrontier(reservations.MoveToImmutable(), [.. points]);
    }

    /// <summary>
    /// The frontier of an <see cref="AgreementProblem"/>: its actors' utilities over the packages inside
    /// every binding red line (red lines cut issue by issue, so those packages form a product space).
    /// </summary>
    /// <param name="problem">The problem.</param>
    /// <param name="maxPackagesPerPoint">How many tied packages to list per point at most; counts stay exact.</param>
    public static ParetoFrontier Of(AgreementProblem problem, int maxPackagesPerPoint = DefaultMaxPackagesPerPoint)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var allowed = new bool[problem.IssueCount][];
        for (int i = 0; i < problem.IssueCount; i++)
        {
            allowed[i] = new bool[problem.Space.Cardinalities[i]];
            for (int o = 0; o < allowed[i].Length; o++)
            {
                bool ok = true;
                for (int a = 0; a < problem.ActorCount && ok; a++)
                {
                    ok = problem.IsAllowed(a, i, o);
                }

                allowed[i][o] = ok;
            }
        }

        return Of(problem.Space, problem.Utilities, allowed, maxPackagesPerPoint);
    }

    /// <summary>
    /// The merge order for utilities with interaction terms (null when there are none): greedily the issue
    /// that leaves the fewest terms open (looked at but not decided), then the one deciding the most terms,
    /// then the lowest index.
    /// </summary>
    private static int[]? InteractionOrder(IReadOnlyList<AdditiveUtility> utilities, int issues)
    {
        var scopes = utilities.SelectMany(u => u.Interactions).Select(t => t.Issues).ToList();
        if (scopes.Count == 0)
        {
            return null;
        }

        var placed = new bool[issues];
        var order = new int[issues];
        for (int d = 0; d < issues; d++)
        {
            int best = -1, bestOpen = int.MaxValue, bestClosed = -1;
            for (int i = 0; i < issues; i++)
            {
                if (placed[i])
                {
                    continue;
                }

                placed[i] = true;
                int open = 0, closed = 0;
                foreach (var scope in scopes)
                {
                    int done = 0;
                    foreach (int j in scope)
                    {
                        done += placed[j] ? 1 : 0;
                    }

                    open += done > 0 && done < scope.Length ? 1 : 0;
                    closed += done == scope.Length && scope.Contains(i) ? 1 : 0;
                }

                placed[i] = false;
                if (open < bestOpen || (open == bestOpen && closed > bestClosed))
                {
                    best = i;
                    bestOpen = open;
                    bestClosed = closed;
                }
            }

            placed[best] = true;
            order[d] = best;
        }

        return order;
    }

    private static int[][] AllowedOptions(OutcomeSpace space, IReadOnlyList<IReadOnlyList<bool>>? allowed)
    {
        if (allowed is not null && allowed.Count != space.IssueCount)
        {
            throw new ArgumentException($"Give allowed options for each of the {space.IssueCount} issues; got {allowed.Count}.", nameof(allowed));
        }

        var options = new int[space.IssueCount][];
        for (int i = 0; i < space.IssueCount; i++)
        {
            int k = space.Cardinalities[i];
            if (allowed is null)
            {
                options[i] = [.. Enumerable.Range(0, k)];
                continue;
            }

            var row = allowed[i] ?? throw new ArgumentException($"Allowed options of issue {i} are null.", nameof(allowed));
            if (row.Count != k)
            {
                throw new ArgumentException($"Issue {i} has {k} options; {row.Count} allowed flags were given.", nameof(allowed));
            }

            var list = new List<int>(k);
            for (int o = 0; o < k; o++)
            {
                if (row[o])
                {
                    list.Add(o);
                }
            }

            options[i] = [.. list];
        }

        return options;
    }

    private static BigInteger[] CountPaths(IssueByIssueMerge.Level[] levels)
    {
        BigInteger[] counts = [BigInteger.One];
        for (int k = 1; k < levels.Length; k++)
        {
            var level = levels[k];
            var next = new BigInteger[level.Count];
            for (int s = 0; s < level.Count; s++)
            {
                BigInteger total = BigInteger.Zero;
                for (int p = level.PredStart[s]; p < level.PredStart[s + 1]; p++)
                {
                    total += counts[level.PredState[p]];
                }

                next[s] = total;
            }

            counts = next;
        }

        return counts;
    }

    /// <summary>Walks the back-pointers from state <paramref name="state"/> of level <paramref name="k"/> to the start.</summary>
    private static void ListPackages(IssueByIssueMerge.Level[] levels, int k, int state, int[] package, List<ImmutableArray<int>> into, int limit)
    {
        if (k == 0)
        {
            into.Add([.. package]);
            return;
        }

        var level = levels[k];
        for (int p = level.PredStart[state]; p < level.PredStart[state + 1] && into.Count < limit; p++)
        {
            package[k - 1] = level.PredOption[p];
            ListPackages(levels, k - 1, level.PredState[p], package, into, limit);
        }
    }

    private static int ComparePackages(ImmutableArray<int> x, ImmutableArray<int> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            int c = x[i].CompareTo(y[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return 0;
    }

    private static int CompareVectors(ImmutableArray<double> x, ImmutableArray<double> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            int c = x[i].CompareTo(y[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return 0;
    }

    private static ImmutableArray<double> Ideal(ImmutableArray<FrontierPoint> points, int actors)
    {
        if (points.IsEmpty)
        {
            return [];
        }

        var ideal = new double[actors];
        Array.Fill(ideal, double.NegativeInfinity);
        foreach (var p in points)
        {
            for (int a = 0; a < actors; a++)
            {
                ideal[a] = Math.Max(ideal[a], p.Utilities[a]);
            }
        }

        return [.. ideal];
    }

    private static BigInteger Sum(ImmutableArray<FrontierPoint> points)
    {
        BigInteger total = BigInteger.Zero;
        foreach (var p in points)
        {
            total += p.PackageCount;
        }

        return total;
    }
}
