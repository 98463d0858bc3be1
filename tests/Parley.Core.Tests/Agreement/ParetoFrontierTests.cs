using System.Collections.Immutable;
using Parley.Core.Agreement;

namespace Parley.Core.Tests.Agreement;

/// <summary>Tiny exact examples of the frontier and the solutions.</summary>
public sealed class ParetoFrontierTests
{
    private static OutcomeSpace Space(params int[] cardinalities) => new(
        [.. cardinalities.Select((_, i) => $"i{i}")],
        [.. cardinalities.Select(k => Enumerable.Range(0, k).Select(o => $"o{o}").ToImmutableArray())]);

    private static AdditiveUtility Utility(double rv, params double[][] rows) =>
        new([.. rows.Select(r => r.ToImmutableArray())], rv);

    [Fact]
    public void Of_OpposedInterestsWithIndifferentIssue_KeepsEveryTiedPackage()
    {
        // Issue 0 splits a pie; issue 1 (3 options) matters to nobody, so each point has 3 packages.
        var space = Space(3, 3);
        var a = Utility(0, [0, 0.5, 1], [0, 0, 0]);
        var b = Utility(0, [1, 0.5, 0], [0, 0, 0]);

        var frontier = ParetoFrontier.Of(space, [a, b]);

        Assert.Equal(3, frontier.Points.Length);
        Assert.All(frontier.Points, p => Assert.Equal(3, (int)p.PackageCount));
        Assert.Equal(9, (int)frontier.PackageCount);
        Assert.Equal([0.0, 1.0], frontier.Points[0].Utilities.ToArray());
        Assert.Equal([[0, 0], [0, 1], [0, 2]], frontier.Points[0].Packages.Select(p => p.ToArray()));
    }

    [Fact]
    public void Of_CeilingTurnsStrictDifferenceIntoTie_KeepsBothPackages()
    {
        // Uncapped, package (1,0) = 1.2 beats (0,0) = 1.1 for actor a; capped at 1 both are worth 1.
        var space = Space(2, 2);
        var a = Utility(0, [1.0, 0.0], [0.1, 0.2]);
        var capped = new AdditiveUtility(a.Contributions, 0) { Ceiling = 1 };
        var b = Utility(0, [0.0, 0.0], [0.5, 0.5]);

        var frontier = ParetoFrontier.Of(space, [capped, b]);

        var top = Assert.Single(frontier.Points);
        Assert.Equal([1.0, 0.5], top.Utilities.ToArray());
        Assert.Equal([[0, 0], [0, 1]], top.Packages.Select(p => p.ToArray()));
    }

    [Fact]
    public void Of_RedLineRemovesOption_FrontierOnlyUsesAllowedOptions()
    {
        var space = Space(3);
        var a = Utility(0, [0, 0.5, 1]);
        var b = Utility(0, [1, 0.5, 0]);

        var frontier = ParetoFrontier.Of(space, [a, b], [[true, true, false]]);

        Assert.Equal([[0], [1]], frontier.Points.SelectMany(p => p.Packages).Select(p => p.ToArray()).Order(Comparer<int[]>.Create((x, y) => x[0].CompareTo(y[0]))));
    }

    [Fact]
    public void Of_NoAllowedOption_IsEmptyAndSolutionsSayWhy()
    {
        var frontier = ParetoFrontier.Of(Space(2), [Utility(0, [0, 1]), Utility(0, [1, 0])], [[false, false]]);

        Assert.Empty(frontier.Points);
        var nash = NashSolution.Find(frontier);
        Assert.False(nash.Exists);
        Assert.Null(nash.Value);
        Assert.NotNull(nash.Reason);
    }

    [Fact]
    public void Of_MaxPackagesPerPoint_ListsFewerButCountsAll()
    {
        var space = Space(4, 4);
        var flat = Utility(0, [0, 0, 0, 0], [0, 0, 0, 0]);

        var frontier = ParetoFrontier.Of(space, [flat, flat], maxPackagesPerPoint: 5);

        var point = Assert.Single(frontier.Points);
        Assert.Equal(16, (int)point.PackageCount);
        Assert.Equal(5, point.Packages.Length);
        Assert.False(point.ListsAllPackages);
    }

    [Fact]
    public void Solutions_ReservationValuesAboveEveryPoint_NoRationalPoint()
    {
        var frontier = ParetoFrontier.Of(Space(3), [Utility(0.9, [0, 0.5, 1]), Utility(0.9, [1, 0.5, 0])]);

        Assert.Equal(3, frontier.Points.Length);
        Assert.Empty(frontier.RationalPoints);
        Assert.False(KalaiSmorodinskySolution.Find(frontier).Exists);
        Assert.True(GeniusKalaiSmorodinskySolution.Find(frontier).Exists);
    }

    [Fact]
    public void Solutions_SymmetricPie_AllPickTheEqualSplit()
    {
        var frontier = ParetoFrontier.Of(Space(5), [Utility(0, [0, 0.25, 0.5, 0.75, 1]), Utility(0, [1, 0.75, 0.5, 0.25, 0])]);

        foreach (var solution in new[] { NashSolution.Find(frontier), KalaiSmorodinskySolution.Find(frontier), EgalitarianSolution.Find(frontier), MinSpreadKalaiSmorodinskySolution.Find(frontier), GeniusKalaiSmorodinskySolution.Find(frontier) })
        {
            var point = Assert.Single(solution.Points);
            Assert.Equal([0.5, 0.5], point.Utilities.ToArray());
        }

        // Every frontier point has welfare 1: the utilitarian solution is the whole frontier.
        Assert.Equal(5, UtilitarianSolution.Find(frontier).Points.Length);
    }

    [Fact]
    public void Of_UtilityForAnotherSpace_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => ParetoFrontier.Of(Space(2, 2), [Utility(0, [0, 1])]));
        Assert.Contains("issues", ex.Message, StringComparison.Ordinal);
    }
}
