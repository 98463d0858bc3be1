using CsCheck;
using Parley.Core.Forecast;
using Parley.Tests;

namespace Parley.Core.Tests.Forecast;

public sealed class StaticModelTests
{
    [ReferenceFact]
    public void WeightedMeanAndMedian_EcExample_MatchReferenceVector()
    {
        var problem = ForecastReference.EumTable("eum/bdm1994-ec-emission-standards.csv");
        Assert.Equal(7.389956, WeightedMean.Of(problem, 0), 6);
        Assert.Equal(7, WeightedMedian.Of(problem, 0));
    }

    [ReferenceFact]
    public void StrongestActor_PicksLargestCapabilityTimesSalience()
    {
        var problem = ForecastReference.EumTable("eum/bdm1994-ec-emission-standards.csv");
        Assert.Equal("UK", problem.Actors[StrongestActor.IndexOn(problem, 0)]);
        Assert.Equal(10, StrongestActor.Of(problem, 0));
    }

    [ReferenceFact]
    public void WeightedMedian_IsAMinimiserOfWeightedDistance_AgainstBruteForce()
    {
        Gen.Int[1, 9].SelectMany(n => Gen.Select(Gen.Int[0, 10].Array[n], Gen.Int[0, 4].Array[n]))
            .Sample(t =>
            {
                // Coarse integer grids make ties frequent, which is where a median goes wrong.
                var x = t.Item1.Select(v => (double)v * 10).ToArray();
                var w = t.Item2.Select(v => (double)v).ToArray();
                double m = WeightedMedian.Of(x, w);
                bool unweighted = w.Sum() == 0;
                var weights = unweighted ? x.Select(_ => 1.0).ToArray() : w;
                double Cost(double c) => x.Select((xi, i) => weights[i] * Math.Abs(xi - c)).Sum();
                double best = x.Min(Cost);
                return Math.Abs(Cost(m) - best) <= 1e-9 && m >= x.Min() && m <= x.Max();
            });
    }

    [ReferenceFact]
    public void WeightedMean_EqualsBruteForceDefinition()
    {
        Gen.Int[1, 12].SelectMany(n => Gen.Select(Gen.Double[0, 100].Array[n], Gen.Double[0, 1].Array[n], Gen.Double[0, 1].Array[n]))
            .Sample(t =>
            {
                var (x, c, s) = t;
                var problem = new ForecastProblem(Enumerable.Range(0, x.Length).Select(i => $"a{i}").ToArray(), ["d"], c, x, s);
                double sw = 0, swx = 0;
                for (int i = 0; i < x.Length; i++)
                {
                    sw += c[i] * s[i];
                    swx += c[i] * s[i] * x[i];
                }

                double expected = sw > 0 ? swx / sw : x.Average();
                return Math.Abs(WeightedMean.Of(problem, 0) - expected) <= 1e-9;
            });
    }

    [ReferenceFact]
    public void ForecastProblem_DuplicateActor_IsRejected() =>
        Assert.Throws<ArgumentException>(() => new ForecastProblem(["a", "a"], ["d"], [1, 1], [0, 1], [0.5, 0.5]));

    [ReferenceFact]
    public void ForecastProblem_SalienceAboveOne_IsRejected() =>
        Assert.Throws<ArgumentException>(() => new ForecastProblem(["a", "b"], ["d"], [1, 1], [0, 1], [0.5, 1.5]));

    [ReferenceFact]
    public void ForecastModels_StatusQuoWithoutRecord_SaysSo()
    {
        var problem = new ForecastProblem(["a", "b"], ["d"], [1, 1], [0, 100], [0.5, 0.5]);
        var forecast = ForecastModels.Run(problem, ForecastModel.StatusQuo)[0];
        Assert.Null(forecast.Value);
        Assert.NotNull(forecast.Note);
        var withSq = ForecastModels.Run(problem, ForecastModel.StatusQuo, ForecastSettings.Default with { StatusQuo = [30.0] })[0];
        Assert.Equal(30.0, withSq.Value);
    }
}
