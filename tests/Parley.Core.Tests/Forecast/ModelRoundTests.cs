using Parley.Core.Forecast;

namespace Parley.Core.Tests.Forecast;

/// <summary>The dynamic models report each finished round and stop between rounds when cancelled.</summary>
public sealed class ModelRoundTests
{
    private static ForecastProblem Problem(int actors, int seed)
    {
        var random = new Random(seed);
        return new ForecastProblem(
            [.. Enumerable.Range(0, actors).Select(i => $"A{i}")],
            ["d"],
            [.. Enumerable.Range(0, actors).Select(_ => 1 + (random.NextDouble() * 99))],
            [.. Enumerable.Range(0, actors).Select(_ => random.NextDouble() * 100)],
            [.. Enumerable.Range(0, actors).Select(_ => 0.1 + (random.NextDouble() * 0.9))]);
    }

    [Theory]
    [InlineData(ForecastModel.SpatialPolitics)]
    [InlineData(ForecastModel.ExpectedUtility)]
    public void Run_ReportsEveryRoundInOrder_AndTheSameForecastAsWithout(ForecastModel model)
    {
        var problem = Problem(12, 3);
        var reported = new List<ModelRound>();
        var progress = new Collect(reported);

        var with = ForecastModels.Run(problem, model, null, false, progress);
        var without = ForecastModels.Run(problem, model);

        Assert.Equal(without[0].Value, with[0].Value);
        Assert.Equal(Enumerable.Range(1, with[0].Rounds), reported.Select(r => r.Round));
        Assert.All(reported, r => Assert.Equal(model, r.Model));
        Assert.All(reported, r => Assert.True(r.Round <= r.MaxRounds));
    }

    [Theory]
    [InlineData(ForecastModel.SpatialPolitics)]
    [InlineData(ForecastModel.ExpectedUtility)]
    public void Run_CancelledAfterTwoRounds_StopsBeforeTheThird(ForecastModel model)
    {
        // A table that takes both models well past three rounds.
        var problem = Problem(40, 11);
        Assert.True(ForecastModels.Run(problem, model)[0].Rounds > 3);
        using var cancel = new CancellationTokenSource();
        var reported = new List<ModelRound>();
        var progress = new Collect(reported, r =>
        {
            if (r.Round == 2)
            {
                cancel.Cancel();
            }
        });

        Assert.ThrowsAny<OperationCanceledException>(() => ForecastModels.Run(problem, model, null, false, progress, cancel.Token));
        Assert.Equal([1, 2], reported.Select(r => r.Round));
    }

    private sealed class Collect(List<ModelRound> into, Action<ModelRound>? then = null) : IProgress<ModelRound>
    {
        public void Report(ModelRound value)
        {
            into.Add(value);
            then?.Invoke(value);
        }
    }
}
