using Parley.Core.Forecast;
using Parley.Tests;

namespace Parley.Core.Tests.Forecast;

public sealed class SpatialPoliticsModelTests
{
    private sealed record KtabReference(List<double[]> Positions, List<double[]> Probabilities, List<double> StopRatios);

    [ReferenceTheory]
    [InlineData("ktab/SOE-Pol-Comp.csv", "ktab/ref-SOE-Pol-Comp.positions-and-probs.txt", 28)]
    [InlineData("ktab/dummyData_3Dim.csv", "ktab/ref-trace-dummyData_3Dim.txt", 11)]
    public void Run_KtabShippedReference_ReproducesPositionsProbabilitiesAndStopRatios(string input, string reference, int states)
    {
        var problem = ForecastReference.KtabCsv(input);
        var expected = Read(reference, problem.ActorCount, problem.DimensionCount);

        var result = SpatialPoliticsModel.Run(problem, SpatialPoliticsOptions.Default, recordPath: true);

        Assert.True(result.Converged);
        Assert.Equal(states, result.Path.Length);
        Assert.Equal(states - 1, result.Rounds);
        for (int t = 0; t < states; t++)
        {
            var round = result.Path[t];
            for (int x = 0; x < round.Positions.Length; x++)
            {
                Assert.True(Math.Abs(round.Positions[x] - expected.Positions[x][t]) <= 0.05 + 1e-9, $"state {t}, actor {x / problem.DimensionCount}, dimension {x % problem.DimensionCount}: {round.Positions[x]:F4} vs {expected.Positions[x][t]:F1}");
            }

            for (int i = 0; i < problem.ActorCount; i++)
            {
                Assert.True(Math.Abs(round.WinningProbabilities[i] - expected.Probabilities[i][t]) <= 0.00005 + 1e-9, $"state {t}, actor {i}: probability {round.WinningProbabilities[i]:F6} vs {expected.Probabilities[i][t]:F4}");
            }

            if (t > 0)
            {
                Assert.True(Math.Abs(round.StopRatio - expected.StopRatios[t - 1]) <= 0.00005 + 1e-9, $"state {t}: stop ratio {round.StopRatio:F6} vs {expected.StopRatios[t - 1]:F4}");
            }
        }

        for (int i = 0; i < problem.ActorCount; i++)
        {
            Assert.Equal(result.Path[^1].WinningProbabilities[i], result.FinalProbabilities[i]);
        }
    }

    [ReferenceFact]
    public void Run_WithoutPath_KeepsNoStatesButTheSameOutcome()
    {
        var problem = ForecastReference.KtabCsv("ktab/dummyData_3Dim.csv");
        var withPath = SpatialPoliticsModel.Run(problem, recordPath: true);
        var without = SpatialPoliticsModel.Run(problem);
        Assert.Empty(without.Path);
        Assert.Equal(withPath.FinalPositions.ToArray(), without.FinalPositions.ToArray());
        Assert.Equal(withPath.FinalProbabilities.ToArray(), without.FinalProbabilities.ToArray());
        Assert.Equal(withPath.Forecast.ToArray(), without.Forecast.ToArray());
    }

    [ReferenceFact]
    public void Run_SequentialAndParallel_GiveIdenticalResults()
    {
        var problem = ForecastReference.KtabCsv("ktab/SOE-Pol-Comp.csv");
        var sequential = SpatialPoliticsModel.Run(problem, SpatialPoliticsOptions.Default with { MaxDegreeOfParallelism = 1 });
        var parallel = SpatialPoliticsModel.Run(problem, SpatialPoliticsOptions.Default with { MaxDegreeOfParallelism = 4 });
        Assert.Equal(sequential.FinalPositions.ToArray(), parallel.FinalPositions.ToArray());
        Assert.Equal(sequential.FinalProbabilities.ToArray(), parallel.FinalProbabilities.ToArray());
    }

    [ReferenceFact]
    public void Run_FortyActorsInSimdLanes_SameResultOnOneAndManyThreadsAndStaysOnTheAxes()
    {
        // 40 actors take the vectorised third-party loop (the shipped KTAB references have 7 and 13).
        var random = new Random(40);
        var names = Enumerable.Range(0, 40).Select(i => $"a{i}").ToArray();
        var problem = new ForecastProblem(names, ["x", "y"], names.Select(_ => 5 + (95 * random.NextDouble())).ToArray(), names.SelectMany(_ => new[] { 100 * random.NextDouble(), 100 * random.NextDouble() }).ToArray(), names.SelectMany(_ => new[] { 0.1 + (0.4 * random.NextDouble()), 0.1 + (0.4 * random.NextDouble()) }).ToArray());
        var one = SpatialPoliticsModel.Run(problem, SpatialPoliticsOptions.Default with { MaxDegreeOfParallelism = 1, MaxRounds = 30 });
        var many = SpatialPoliticsModel.Run(problem, SpatialPoliticsOptions.Default with { MaxDegreeOfParallelism = 4, MaxRounds = 30 });
        Assert.Equal(one.FinalPositions.ToArray(), many.FinalPositions.ToArray());
        Assert.Equal(23, one.Rounds);
        Assert.All(one.FinalPositions, x => Assert.InRange(x, 0, 100));
        Assert.InRange(one.FinalProbabilities.Sum(), 0.99, 40);
    }

    [ReferenceFact]
    public void Run_DichotomousIssue_RunsWhereKtabAborts()
    {
        var problem = new ForecastProblem(["a", "b", "c", "d"], ["x"], [1, 2, 3, 4], [0, 0, 100, 100], [0.5, 0.6, 0.7, 0.8]);
        var result = SpatialPoliticsModel.Run(problem);
        Assert.All(result.FinalPositions, p => Assert.InRange(p, 0, 100));
        Assert.InRange(result.Forecast[0], 0, 100);
    }

    [ReferenceFact]
    public void Run_RoundLimitReached_ReportsNotConverged()
    {
        var problem = ForecastReference.KtabCsv("ktab/SOE-Pol-Comp.csv");
        var result = SpatialPoliticsModel.Run(problem, SpatialPoliticsOptions.Default with { MaxRounds = 3 });
        Assert.False(result.Converged);
        Assert.Equal(3, result.Rounds);
    }

    [ReferenceTheory]
    [InlineData(0.5, 1, 0.75)]
    [InlineData(0.5, 0, 0.5)]
    [InlineData(0.5, -1, 0.25)]
    public void Utility_UnitChecks(double distance, double risk, double expected) =>
        Assert.Equal(expected, SpatialPoliticsModel.Utility(distance, risk), 12);

    [ReferenceTheory]
    [InlineData(VictoryProbabilityModel.Linear, 2.0 / 3)]
    [InlineData(VictoryProbabilityModel.Square, 4.0 / 5)]
    [InlineData(VictoryProbabilityModel.Quartic, 16.0 / 17)]
    public void VictoryProbability_UnitChecks(VictoryProbabilityModel model, double expected) =>
        Assert.Equal(expected, ProbabilisticCondorcetElection.VictoryProbability(model, 2, 1), 12);

    [ReferenceFact]
    public void VictoryProbability_Binary_CertainFromTenPercentAdvantage()
    {
        Assert.True(ProbabilisticCondorcetElection.VictoryProbability(VictoryProbabilityModel.Binary, 1.10, 1) > 0.999);
        Assert.Equal(0.5, ProbabilisticCondorcetElection.VictoryProbability(VictoryProbabilityModel.Binary, 1, 1), 12);
    }

    [ReferenceFact]
    public void RiskFromProbabilities_MidRange_MapsExtremesToOneAndMinusHalf()
    {
        var risk = new double[3];
        SpatialPoliticsModel.RiskFromProbabilities([0.2, 0.5, 0.3], RiskRange.Mid, risk);
        Assert.Equal(-0.5, risk[0], 12);
        Assert.Equal(1.0, risk[1], 12);
    }

    private static KtabReference Read(string relative, int actors, int dims)
    {
        var lines = File.ReadAllLines(ForecastReference.PathOf(relative));
        var positions = new List<double[]>();
        var probabilities = new List<double[]>();
        var ratios = new List<double>();
        bool inPositions = false;
        foreach (var raw in lines)
        {
            string line = raw.Trim();
            if (line.StartsWith("Fractional change compared to first step:", StringComparison.Ordinal))
            {
                ratios.Add(ForecastReference.Parse(line.Split(':')[1].Split('(')[0]));
            }
            else if (line.StartsWith("History of actor positions", StringComparison.Ordinal))
            {
                inPositions = true;
            }
            else if (line.StartsWith("History of actors' winning", StringComparison.Ordinal))
            {
                inPositions = false;
            }
            else if (line.Contains(", prob :", StringComparison.Ordinal))
            {
                probabilities.Add(Values(line.Split(':')[1]));
            }
            else if (inPositions && line.Contains(':', StringComparison.Ordinal))
            {
                positions.Add(Values(line.Split(':')[1]));
            }
        }

        Assert.Equal(actors * dims, positions.Count);
        Assert.Equal(actors, probabilities.Count);
        return new KtabReference(positions, probabilities, ratios);
    }

    private static double[] Values(string text) =>
        [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ForecastReference.Parse)];
}
