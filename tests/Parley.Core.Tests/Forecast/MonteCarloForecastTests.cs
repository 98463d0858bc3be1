using Parley.Core.Forecast;
using Parley.Core.Model;
using Parley.Tests;

namespace Parley.Core.Tests.Forecast;

public sealed class MonteCarloForecastTests
{
    private static UncertainForecastProblem EcWithUncertainty()
    {
        var problem = ForecastReference.EumTable("eum/bdm1994-ec-emission-standards.csv");
        return new UncertainForecastProblem(
            problem,
            [
                new UncertainInput(1, 0, ForecastInputKind.Salience, Distribution.Uniform(0.2, 0.6)),
                new UncertainInput(4, 0, ForecastInputKind.Capability, new Distribution(DistributionKind.Triangular, 0.1, 0.3, 0.16, 0)),
                new UncertainInput(7, 0, ForecastInputKind.Position, Distribution.Uniform(4, 10)),
            ],
            [.. Enumerable.Range(0, problem.ActorCount).Select(i => i == 0 ? [new AxisInterval(4, 7)] : System.Collections.Immutable.ImmutableArray<AxisInterval>.Empty)]);
    }

    [ReferenceTheory]
    [InlineData(ForecastModel.ExpectedUtility)]
    [InlineData(ForecastModel.WeightedMean)]
    [InlineData(ForecastModel.SpatialPolitics)]
    public void Run_SameSeed_IdenticalForOneAndManyThreads(ForecastModel model)
    {
        var input = model == ForecastModel.SpatialPolitics ? Rescaled(EcWithUncertainty()) : EcWithUncertainty();
        int runs = model == ForecastModel.SpatialPolitics ? 40 : 500;
        var one = MonteCarloForecast.Run(input, model, options: new MonteCarloOptions { Runs = runs, Seed = 7, BlockSize = 16, MaxDegreeOfParallelism = 1 });
        var many = MonteCarloForecast.Run(input, model, options: new MonteCarloOptions { Runs = runs, Seed = 7, BlockSize = 16, MaxDegreeOfParallelism = 4 });
        Assert.Equal(one.Dimensions[0].Mean, many.Dimensions[0].Mean);
        Assert.Equal(one.Dimensions[0].Quantiles.ToArray(), many.Dimensions[0].Quantiles.ToArray());
        Assert.Equal(one.Dimensions[0].Acceptance.ToArray(), many.Dimensions[0].Acceptance.ToArray());
    }

    [ReferenceFact]
    public void Run_DifferentSeeds_DifferentDraws()
    {
        var input = EcWithUncertainty();
        var a = MonteCarloForecast.Run(input, ForecastModel.WeightedMean, options: new MonteCarloOptions { Runs = 200, Seed = 1 });
        var b = MonteCarloForecast.Run(input, ForecastModel.WeightedMean, options: new MonteCarloOptions { Runs = 200, Seed = 2 });
        Assert.NotEqual(a.Dimensions[0].Mean, b.Dimensions[0].Mean);
    }

    [ReferenceFact]
    public void Run_WeightedMean_QuantilesOrderedAndAcceptanceCountedWithError()
    {
        var result = MonteCarloForecast.Run(EcWithUncertainty(), ForecastModel.WeightedMean, options: new MonteCarloOptions { Runs = 2000 });
        var d = result.Dimensions[0];
        Assert.Equal(2000, d.Runs);
        for (int q = 1; q < d.Quantiles.Length; q++)
        {
            Assert.True(d.Quantiles[q].Value >= d.Quantiles[q - 1].Value);
        }

        var netherlands = Assert.Single(d.Acceptance);
        Assert.Equal(0, netherlands.Actor);
        Assert.InRange(netherlands.Probability, 0, 1);
        Assert.Equal(Math.Sqrt(netherlands.Probability * (1 - netherlands.Probability) / 2000), netherlands.StandardError, 12);
        Assert.Equal(d.StandardDeviation / Math.Sqrt(2000), d.StandardError, 12);
        Assert.InRange(d.Mean, d.Quantiles[0].Value, d.Quantiles[^1].Value);
    }

    [ReferenceFact]
    public void Run_NoUncertainInputs_CollapsesToThePointForecast()
    {
        var problem = ForecastReference.EumTable("eum/bdm1994-ec-emission-standards.csv");
        var result = MonteCarloForecast.Run(new UncertainForecastProblem(problem, [], []), ForecastModel.ExpectedUtility, options: new MonteCarloOptions { Runs = 50 });
        double point = ExpectedUtilityModel.Run(problem, 0).Forecast;
        Assert.All(result.Dimensions[0].Quantiles, q => Assert.Equal(point, q.Value, 12));
        Assert.Equal(0, result.Dimensions[0].StandardDeviation, 12);
    }

    [ReferenceFact]
    public void Quantile_InterpolatesBetweenOrderStatistics()
    {
        double[] sorted = [1, 2, 3, 4];
        Assert.Equal(2.5, MonteCarloForecast.Quantile(sorted, 0.5), 12);
        Assert.Equal(1, MonteCarloForecast.Quantile(sorted, 0), 12);
        Assert.Equal(4, MonteCarloForecast.Quantile(sorted, 1), 12);
    }

    [ReferenceFact]
    public void Sensitivity_PositionOfIrelandMovesTheMeanMostForItsDimension()
    {
        var entries = ForecastSensitivity.Of(EcWithUncertainty(), ForecastModel.WeightedMean);
        Assert.Equal(3, entries.Length);
        Assert.True(entries[0].Swing >= entries[1].Swing && entries[1].Swing >= entries[2].Swing);
        var problem = ForecastReference.EumTable("eum/bdm1994-ec-emission-standards.csv");
        var ireland = entries.Single(e => e.Input.Kind == ForecastInputKind.Position);

        // Moving Ireland (c·s = 0.005 of 0.5685) from 4 to 10 moves the mean by 6 × 0.005 / Σcs.
        double totalWeight = Enumerable.Range(0, problem.ActorCount).Sum(i => problem.Capability(i) * problem.Salience(i, 0));
        Assert.Equal(6 * 0.005 / totalWeight, ireland.Swing, 9);
    }

    private static UncertainForecastProblem Rescaled(UncertainForecastProblem input)
    {
        // The spatial model needs a 0–100 axis: map the EC date scale 4–10 onto it.
        var p = input.Problem;
        var x = p.Positions.ToArray().Select(v => (v - 4) / 6 * 100).ToArray();
        var problem = new ForecastProblem(p.Actors, p.Dimensions, p.Capabilities, x, p.Saliences);
        var inputs = input.Inputs.Select(u => u.Kind == ForecastInputKind.Position ? u with { Distribution = Distribution.Uniform(0, 100) } : u).ToArray();
        return new UncertainForecastProblem(problem, [.. inputs], input.Acceptable);
    }
}
