using Parley.Core.Forecast;
using Parley.Core.Model;

namespace Parley.Core.Tests.Forecast;

public sealed class ForecastTornadoTests
{
    // Two equal blocs at 0 and 100 and a swing actor S at 100 whose capability is uncertain: the weighted median flips.
    private static UncertainForecastProblem Input() =>
        new(new ForecastProblem(["W", "E", "S"], ["d"], [0.5, 0.4, 0.2], [0, 100, 100], [1, 1, 1]),
            [new UncertainInput(2, 0, ForecastInputKind.Capability, Distribution.Uniform(0, 0.3))], []);

    [Fact]
    public void Tornado_CoversEveryActorsInputsOrderedBySwing()
    {
        var entries = ForecastSensitivity.Tornado(Input(), 0, ForecastModel.WeightedMean, null, null, []);
        Assert.Equal(9, entries.Length);
        for (int i = 1; i < entries.Length; i++)
        {
            Assert.True(entries[i - 1].Swing >= entries[i].Swing);
        }

        Assert.Single(entries, e => e.RangeStated);
        Assert.Contains(entries, e => e.Input.Kind == ForecastInputKind.Position && !e.RangeStated && e.Swing > 0);
    }

    [Fact]
    public void Tornado_StatedRangeMovesTheMedianToTheOtherMode_FlipsMode()
    {
        var shape = DistributionReading.Of([0, 0, 0, 0, 0, 100, 100, 100, 100, 100]);
        var entries = ForecastSensitivity.Tornado(Input(), 0, ForecastModel.WeightedMedian, null, shape, []);
        var swing = Assert.Single(entries, e => e.RangeStated);
        Assert.True(swing.FlipsMode);
        Assert.Equal(0, swing.AtMinimum);
        Assert.Equal(100, swing.AtMaximum);
        Assert.DoesNotContain(entries, e => !e.RangeStated && e.FlipsMode);
    }
}
