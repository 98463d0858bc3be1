using Parley.Core.Dynamics;
using Parley.Core.Model.Dynamics;

namespace Parley.Core.Tests.Dynamics;

public sealed class TrendCurveTests
{
    [Theory]
    [InlineData(0.0, null)] // before the start: the scenario's own value holds
    [InlineData(2.0, 0.5)] // the start
    [InlineData(7.0, 0.25)] // half-way from 0.5 at 2 to 0 at 12
    [InlineData(12.0, 0.0)] // the end
    [InlineData(20.0, 0.0)] // after the end the last value holds
    public void LinearCurve_ValueAt_InterpolatesAndHolds(double time, double? expected)
    {
        var curve = new LinearCurve(2, 0.5, 12, 0);
        Assert.Equal(expected, curve.ValueAt(time));
    }

    [Theory]
    [InlineData(0.0, null)]
    [InlineData(3.0, 0.4)]
    [InlineData(5.999, 0.4)]
    [InlineData(6.0, 0.2)]
    [InlineData(24.0, 0.2)]
    public void StepCurve_ValueAt_JumpsAtEachStep(double time, double? expected)
    {
        var curve = new StepCurve([new TrendPoint(3, 0.4), new TrendPoint(6, 0.2)]);
        Assert.Equal(expected, curve.ValueAt(time));
    }

    [Theory]
    [InlineData(0.0, 0.5)]
    [InlineData(2.0, 0.375)] // a quarter of the way from 0.5 at 0 to 0 at 8
    [InlineData(8.0, 0.0)]
    [InlineData(10.0, 0.25)] // half-way from 0 at 8 to 0.5 at 12
    [InlineData(24.0, 0.5)]
    public void SeriesCurve_ValueAt_JoinsPointsWithLines(double time, double expected)
    {
        var curve = new SeriesCurve([new TrendPoint(0, 0.5), new TrendPoint(8, 0), new TrendPoint(12, 0.5)]);
        Assert.Equal(expected, curve.ValueAt(time));
    }

    [Fact]
    public void Curves_TimesNotAscending_Throw()
    {
        Assert.Throws<ArgumentException>(() => new LinearCurve(5, 0, 5, 1));
        Assert.Throws<ArgumentException>(() => new StepCurve([new TrendPoint(3, 0.4), new TrendPoint(3, 0.2)]));
        Assert.Throws<ArgumentException>(() => new SeriesCurve([]));
        Assert.Throws<ArgumentException>(() => new SeriesCurve([new TrendPoint(double.NaN, 0.2)]));
    }
}
