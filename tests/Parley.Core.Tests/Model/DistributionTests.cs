using CsCheck;
using Parley.Core.Model;

namespace Parley.Core.Tests.Model;

public sealed class DistributionTests
{
    [Fact]
    public void Sample_AnyKind_StaysWithinBounds()
    {
        Gen.Select(Gen.Double[-10, 10], Gen.Double[0, 5], Gen.Double[0, 1], Gen.Int[0, 2], Gen.Int[0, 1000])
            .Sample((lo, width, at, kind, seed) =>
            {
                double hi = lo + width;
                double center = lo + (at * width);
                var d = kind switch
                {
                    0 => Distribution.Uniform(lo, hi),
                    1 => new Distribution(DistributionKind.Triangular, lo, hi, center, 0),
                    _ => new Distribution(DistributionKind.Normal, lo, hi, center, Math.Max(width, 0.01)),
                };
                var random = new Random(seed);
                for (int i = 0; i < 50; i++)
                {
                    double x = d.Sample(random);
                    if (x < lo || x > hi)
                    {
                        return false;
                    }
                }

                return true;
            });
    }

    [Fact]
    public void Sample_SameSeed_SameDraws()
    {
        var d = new Distribution(DistributionKind.Triangular, 0, 1, 0.3, 0);

        var r1 = new Random(42);
        var r2 = new Random(42);

        Assert.Equal(Enumerable.Range(0, 20).Select(_ => d.Sample(r1)), Enumerable.Range(0, 20).Select(_ => d.Sample(r2)));
    }

    [Fact]
    public void Sample_Triangular_MeanMatchesTheory()
    {
        var d = new Distribution(DistributionKind.Triangular, 0, 1, 0.25, 0);
        var random = new Random(7);

        double mean = Enumerable.Range(0, 200_000).Average(_ => d.Sample(random));

        // The mean of a triangular distribution is (min + mode + max) / 3.
        Assert.Equal((0 + 0.25 + 1) / 3, mean, 2);
    }

    [Fact]
    public void Constructor_CentreOutsideBounds_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Distribution(DistributionKind.Triangular, 0, 1, 2, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Distribution(DistributionKind.Normal, 0, 1, 0.5, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Distribution.Uniform(1, 0));
    }
}
