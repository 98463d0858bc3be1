using CsCheck;
using Parley.Core.Forecast;

namespace Parley.Core.Tests.Forecast;

/// <summary>The reading of constructed distributions: point, split, undetermined.</summary>
public sealed class DistributionReadingTests
{
    private static double[] Normal(Random random, int n, double mean, double sd)
    {
        var x = new double[n];
        for (int i = 0; i < n; i++)
        {
            double z = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            x[i] = Math.Clamp(mean + (sd * z), 0, 100);
        }

        return x;
    }

    private static DistributionShape Read(params double[][] parts)
    {
        var all = parts.SelectMany(p => p).ToArray();
        Array.Sort(all);
        return DistributionReading.Of(all);
    }

    [Fact]
    public void Of_UnimodalNarrow_IsPointAtTheMode()
    {
        var shape = Read(Normal(new Random(1), 1000, 40, 3));
        Assert.Equal(ForecastReading.Point, shape.Reading);
        var mode = Assert.Single(shape.Modes);
        Assert.Equal(40, mode.Value, 0.5);
        Assert.True(mode.Share > 0.95);
        Assert.Equal(1000, shape.Draws);
    }

    [Fact]
    public void Of_AllDrawsEqual_IsPoint()
    {
        var shape = Read(Enumerable.Repeat(100.0, 200).ToArray());
        Assert.Equal(ForecastReading.Point, shape.Reading);
        Assert.Equal(new ForecastMode(100, 1, 100, 100), Assert.Single(shape.Modes));
        Assert.Equal(0, shape.Spread.Width90);
    }

    [Fact]
    public void Of_TwoSpikesAtTheEnds_IsSplitWithTheirShares()
    {
        // Istanbul's military assistance: 472 of 1,000 draws at 0, 528 at 100.
        var shape = Read(Enumerable.Repeat(0.0, 472).ToArray(), Enumerable.Repeat(100.0, 528).ToArray());
        Assert.Equal(ForecastReading.Split, shape.Reading);
        Assert.Equal(2, shape.Modes.Length);
        Assert.Equal(new ForecastMode(100, 0.528, 100, 100), shape.Modes[0]);
        Assert.Equal(new ForecastMode(0, 0.472, 0, 0), shape.Modes[1]);
    }

    [Fact]
    public void Of_TwoPeakedWithOverlap_IsSplit()
    {
        // The labour case's wage issue: most draws near 9, a real share near 40.
        var random = new Random(2);
        var shape = Read(Normal(random, 600, 9, 2), Normal(random, 400, 40, 3));
        Assert.Equal(ForecastReading.Split, shape.Reading);
        Assert.InRange(shape.Modes[0].Value, 8.5, 9.5);
        Assert.Equal(0.6, shape.Modes[0].Share, 2);
        Assert.InRange(shape.Modes[1].Value, 39, 41);
    }

    [Fact]
    public void Of_SmallSecondPeak_IsNotASplit()
    {
        var random = new Random(3);
        var shape = Read(Normal(random, 950, 30, 2), Normal(random, 50, 80, 2));
        Assert.Equal(ForecastReading.Point, shape.Reading);
        Assert.Single(shape.Modes);
    }

    [Theory]
    [InlineData(1000, 5)]
    [InlineData(200, 6)]
    [InlineData(5000, 7)]
    public void Of_Flat_IsUndetermined(int n, int seed)
    {
        var random = new Random(seed);
        var shape = Read([.. Enumerable.Range(0, n).Select(_ => random.NextDouble() * 100)]);
        Assert.Equal(ForecastReading.Undetermined, shape.Reading);
        Assert.True(shape.Modes.Length <= 1);
    }

    [Fact]
    public void Of_BroadUnimodal_IsUndetermined()
    {
        var shape = Read(Normal(new Random(4), 1000, 50, 25));
        Assert.Equal(ForecastReading.Undetermined, shape.Reading);
    }

    [Fact]
    public void Of_OtherAxis_ReadsOnThatAxis()
    {
        var shape = DistributionReading.Of([1000, 1001, 1002, 1003], 1000, 2000);
        Assert.Equal(ForecastReading.Point, shape.Reading);
        Assert.Equal(1001.5, shape.Spread.P50, 9);
    }

    [Fact]
    public void Of_NoDraws_IsUndeterminedWithoutModes()
    {
        var shape = DistributionReading.Of([]);
        Assert.Equal(ForecastReading.Undetermined, shape.Reading);
        Assert.Empty(shape.Modes);
    }

    [Fact]
    public void Of_AnyDraws_ModesPartitionAndAgreeWithTheReading()
    {
        Gen.Double[0, 100].Array[1, 300].Sample(draws =>
        {
            Array.Sort(draws);
            var shape = DistributionReading.Of(draws);
            double total = shape.Modes.Sum(m => m.Share);
            bool sharesOk = total <= 1 + 1e-9 && shape.Modes.All(m => m.Share >= ReadingThresholds.Default.MinModeShare && m.Low <= m.Value && m.Value <= m.High);
            bool ordered = shape.Modes.Zip(shape.Modes.Skip(1)).All(p => p.First.Share >= p.Second.Share);

            // The shares are counts of draws between the modes' bounds (modes are disjoint slices of the sorted draws).
            bool counted = shape.Modes.All(m => Math.Abs(m.Share - ((double)draws.Count(x => x >= m.Low && x <= m.High) / draws.Length)) < 1e-9);
            bool reading = shape.Reading switch
            {
                ForecastReading.Split => shape.Modes.Length >= 2,
                ForecastReading.Point => shape.Modes.Length == 1 && shape.Spread.Width90 < 50,
                _ => shape.Modes.Length <= 1,
            };
            return sharesOk && ordered && counted && reading;
        });
    }

    [Fact]
    public void Map_ToIssueUnit_KeepsSharesAndReading()
    {
        var shape = Read(Enumerable.Repeat(0.0, 40).ToArray(), Enumerable.Repeat(100.0, 60).ToArray());
        var km = DistributionReading.Map(shape, x => 200 + (2 * x));
        Assert.Equal(ForecastReading.Split, km.Reading);
        Assert.Equal(400, km.Modes[0].Value);
        Assert.Equal(0.6, km.Modes[0].Share);
        Assert.Equal(200, km.Spread.P05);
    }
}
