using System.Collections.Immutable;
using CsCheck;
using Parley.Core.Forecast;

namespace Parley.Core.Tests.Forecast;

public sealed class VetoAnalysisTests
{
    // Three actors on one dimension; A accepts [0, 40] ∪ [60, 70], B accepts [30, 65], C has no red line.
    private static UncertainForecastProblem Input(params int[] vetoHolders)
    {
        var problem = new ForecastProblem(["A", "B", "C"], ["d"], [1, 1, 1], [10, 50, 90], [1, 1, 1]);
        ImmutableArray<ImmutableArray<AxisInterval>> acceptable =
            [[new AxisInterval(0, 40), new AxisInterval(60, 70)], [new AxisInterval(30, 65)], []];
        return new UncertainForecastProblem(problem, [], acceptable).WithVetoHolders(vetoHolders);
    }

    [Fact]
    public void Region_IntersectsTheVetoHoldersSets()
    {
        var region = VetoAnalysis.Region(Input(0, 1, 2), 0);
        Assert.True(region.Restricted);
        Assert.Equal([new AxisInterval(30, 40), new AxisInterval(60, 65)], region.Intervals.ToArray());
    }

    [Fact]
    public void Region_NoVetoHolderWithARedLine_IsUnrestricted()
    {
        var region = VetoAnalysis.Region(Input(2), 0);
        Assert.False(region.Restricted);
        Assert.True(region.Contains(1e9));
    }

    [Fact]
    public void Restrict_OutsideTheRegion_MovesToTheNearestAcceptablePoint()
    {
        var region = VetoAnalysis.Region(Input(0, 1), 0);
        var moved = VetoAnalysis.Restrict(region, 52, [], 0.3);
        Assert.Equal(60, moved.Value);
        Assert.True(moved.Moved);
        Assert.Equal(0.3, moved.ShareAcceptable);
        var kept = VetoAnalysis.Restrict(region, 35, [], 0.3);
        Assert.Equal(35, kept.Value);
        Assert.False(kept.Moved);
    }

    [Fact]
    public void Restrict_DiscreteIssue_TakesTheNearestOptionAllAccept()
    {
        var region = VetoAnalysis.Region(Input(0, 1), 0);
        ImmutableArray<OptionPoint> options = [new("lo", 0), new("mid", 35), new("high", 100)];
        var r = VetoAnalysis.Restrict(region, 90, options, double.NaN);
        Assert.Equal(35, r.Value);
        Assert.True(r.Moved);
    }

    [Fact]
    public void Restrict_NoCommonOutcome_SaysNoneAcceptable()
    {
        var problem = new ForecastProblem(["A", "B"], ["d"], [1, 1], [0, 100], [1, 1]);
        var input = new UncertainForecastProblem(problem, [], [[new AxisInterval(0, 20)], [new AxisInterval(80, 100)]]).WithVetoHolders([0, 1]);
        var region = VetoAnalysis.Region(input, 0);
        Assert.True(region.IsEmpty);
        var r = VetoAnalysis.Restrict(region, 50, [], double.NaN);
        Assert.Null(r.Value);
        Assert.True(r.NoneAcceptable);
    }

    [Fact]
    public void Checks_PointOutsideARedLine_IsVetoed()
    {
        var checks = VetoAnalysis.Checks(Input(0, 1, 2), 0, 50, null);
        Assert.Equal([new VetoCheck(0, 0, false), new VetoCheck(1, 1, true), new VetoCheck(2, 1, true)], checks.ToArray());
    }

    [Fact]
    public void Region_AgreesWithPointwiseAcceptanceOfEveryHolder()
    {
        // Oracle: a point is in the region exactly when every veto holder accepts it.
        var interval = Gen.Select(Gen.Double[0, 100], Gen.Double[0, 40]).Select((a, w) => new AxisInterval(a, a + w));
        Gen.Select(interval.Array[0, 3], interval.Array[0, 3], Gen.Double[0, 140]).Sample((a, b, x) =>
        {
            var problem = new ForecastProblem(["A", "B"], ["d"], [1, 1], [0, 0], [1, 1]);
            var input = new UncertainForecastProblem(problem, [], [[.. a], [.. b]]).WithVetoHolders([0, 1]);
            return VetoAnalysis.Region(input, 0).Contains(x) == (input.Accepts(0, 0, x) && input.Accepts(1, 0, x));
        });
    }
}
