using System.Collections.Immutable;
using CsCheck;
using Parley.Core.Agreement;

namespace Parley.Core.Tests.Agreement;

/// <summary>The issue-by-issue merge and the solutions against the brute-force oracle on random small problems.</summary>
public sealed class ParetoFrontierPropertyTests
{
    private sealed record Problem(OutcomeSpace Space, AdditiveUtility[] Utilities, bool[][]? Allowed);

    /// <summary>
    /// Random problems with 1–4 actors (mostly 2–4), 1–4 issues of 1–4 options, contributions on a 0.1 grid
    /// (so sums carry float noise and ties are common), optional ceilings that bind, optional red lines.
    /// </summary>
    private static Problem Random(int seed)
    {
        var rng = new Random(seed);
        int actors = rng.Next(10) == 0 ? 1 : rng.Next(2, 5);
        int issues = rng.Next(1, 5);
        var cards = Enumerable.Range(0, issues).Select(_ => rng.Next(1, 5)).ToArray();
        var space = new OutcomeSpace(
            [.. Enumerable.Range(0, issues).Select(i => $"i{i}")],
            [.. cards.Select(k => Enumerable.Range(0, k).Select(o => $"o{o}").ToImmutableArray())]);
        int grid = rng.Next(2, 7);
        var utilities = new AdditiveUtility[actors];
        for (int a = 0; a < actors; a++)
        {
            var rows = cards.Select(k => Enumerable.Range(0, k).Select(_ => rng.Next(grid) * 0.1).ToImmutableArray()).ToImmutableArray();
            double rv = rng.Next(4) * 0.2;
            utilities[a] = new AdditiveUtility(rows, rv) { Ceiling = rng.Next(3) == 0 ? 0.1 * rng.Next(3, 11) : null };
        }

        bool[][]? allowed = null;
        if (rng.Next(3) == 0)
        {
            allowed = [.. cards.Select(k => Enumerable.Range(0, k).Select(_ => rng.Next(6) != 0).ToArray())];
        }

        return new Problem(space, utilities, allowed);
    }

    private static string Key(IEnumerable<int> package) => string.Join(",", package);

    private static HashSet<string> Keys<T>(IEnumerable<T> packages)
        where T : IEnumerable<int> => [.. packages.Select(p => Key(p))];

    [Fact]
    public void Of_RandomSmallProblems_MatchesBruteForce()
    {
        Gen.Int.Sample(seed =>
        {
            var p = Random(seed);
            var frontier = ParetoFrontier.Of(p.Space, p.Utilities, p.Allowed);
            var all = BruteForceFrontier.Enumerate(p.Space, p.Utilities, p.Allowed);
            var expected = BruteForceFrontier.Frontier(all);
            var groups = BruteForceFrontier.Group(expected);

            Assert.Equal(groups.Count, frontier.Points.Length);
            Assert.Equal(expected.Count, (int)frontier.PackageCount);
            Assert.True(frontier.Points.All(pt => pt.ListsAllPackages));
            Assert.Equal(Keys(expected.Select(o => o.Package)), Keys(frontier.Points.SelectMany(pt => pt.Packages)));
            foreach (var point in frontier.Points)
            {
                var group = groups.Single(g => BruteForceFrontier.Same(g.Vector, [.. point.Utilities]));
                Assert.Equal(Keys(group.Packages), Keys(point.Packages));
            }

            var rational = expected.Where(o => BruteForceFrontier.Rational(o.Utilities, p.Utilities)).ToList();
            Assert.Equal(rational.Count, (int)frontier.RationalPackageCount);
        }, iter: 400);
    }

    [Fact]
    public void Solutions_RandomSmallProblems_MatchBruteForce()
    {
        Gen.Int.Sample(seed =>
        {
            var p = Random(seed);
            var frontier = ParetoFrontier.Of(p.Space, p.Utilities, p.Allowed);
            var all = BruteForceFrontier.Enumerate(p.Space, p.Utilities, p.Allowed);
            var front = BruteForceFrontier.Frontier(all);
            var rational = front.Where(o => BruteForceFrontier.Rational(o.Utilities, p.Utilities)).ToList();
            var rv = p.Utilities.Select(u => u.ReservationValue).ToArray();
            int m = rv.Length;
            var rationalAll = all.Where(o => BruteForceFrontier.Rational(o.Utilities, p.Utilities)).ToList();
            double[] ideal = [.. Enumerable.Range(0, m).Select(a => rationalAll.Count == 0 ? 0 : rationalAll.Max(o => o.Utilities[a]))];
            double[] best = [.. Enumerable.Range(0, m).Select(a => all.Count == 0 ? 0 : all.Max(o => o.Utilities[a]))];

            double Product(double[] u) => Enumerable.Range(0, m).Aggregate(1.0, (acc, a) => acc * (u[a] - rv[a]));
            double MinGain(double[] u) => Enumerable.Range(0, m).Min(a => u[a] - rv[a]);
            double RelativeGain(double[] u)
            {
                var terms = Enumerable.Range(0, m).Where(a => ideal[a] - rv[a] > 1e-9).Select(a => (u[a] - rv[a]) / (ideal[a] - rv[a])).ToList();
                return terms.Count == 0 ? 1 : terms.Min();
            }

            double Spread(double[] u)
            {
                var g = Enumerable.Range(0, m).Select(a => best[a] - rv[a] > 1e-9 ? (u[a] - rv[a]) / (best[a] - rv[a]) : 1).ToList();
                return g.Max() - g.Min();
            }

            Check(NashSolution.Find(frontier), BruteForceFrontier.ArgBest(rational, Product, true));
            Check(GeniusNashSolution.Find(frontier), BruteForceFrontier.ArgBest(front, Product, true));
            Check(KalaiSmorodinskySolution.Find(frontier), BruteForceFrontier.ArgBest(rational, RelativeGain, true));
            Check(EgalitarianSolution.Find(frontier), BruteForceFrontier.ArgBest(rational, MinGain, true));
            Check(UtilitarianSolution.Find(frontier), BruteForceFrontier.ArgBest(rational, u => u.Sum(), true));
            Check(MinSpreadKalaiSmorodinskySolution.Find(frontier), BruteForceFrontier.ArgBest(rational, Spread, false));
            Check(GeniusKalaiSmorodinskySolution.Find(frontier), BruteForceFrontier.ArgBest(front, u => u.Max() - u.Min(), false));
        }, iter: 400);
    }

    private static void Check(BargainingSolution actual, (double? Value, List<int[]> Packages) expected)
    {
        Assert.Equal(expected.Value is null, actual.Value is null);
        Assert.Equal(expected.Value is null, actual.Reason is not null);
        if (expected.Value is { } v)
        {
            Assert.InRange(actual.Value!.Value, v - 1e-8, v + 1e-8);
        }

        Assert.Equal(Keys(expected.Packages), Keys(actual.Points.SelectMany(pt => pt.Packages)));
    }
}
