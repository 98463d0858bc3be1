using System.Text.RegularExpressions;
using Parley.Core.Forecast;
using Parley.Tests;

namespace Parley.Core.Tests.Forecast;

public sealed partial class ExpectedUtilityModelTests
{
    private sealed record ReferenceMove(string Actor, string Kind, string Counterpart, double Own, double Other, double NewPosition);

    private sealed record ReferenceRound(List<ReferenceMove> Moves, double Median, double Mean);

    [ReferenceFact]
    public void Run_EcEmissionStandards_ReproducesScholzReplicationForTenRounds()
    {
        var problem = ForecastReference.EumTable("eum/bdm1994-ec-emission-standards.csv");
        var (initialMedian, initialMean, rounds) = ReadReference("eum/jmckib-scholz-replication-ec-example-10rounds.txt");

        var result = ExpectedUtilityModel.Run(problem, 0, ExpectedUtilityOptions.ScholzCompatible, recordPath: true);

        Assert.Equal(initialMedian, result.InitialMedian, 12);
        Assert.Equal(initialMean, result.InitialMean, 12);
        Assert.Equal(10, result.Path.Length);
        Assert.False(result.Converged);
        for (int r = 0; r < 10; r++)
        {
            var expected = rounds[r];
            var actual = result.Path[r];
            Assert.Equal(expected.Moves.Count, actual.Moves.Length);
            for (int m = 0; m < expected.Moves.Count; m++)
            {
                var e = expected.Moves[m];
                var a = actual.Moves[m];
                Assert.Equal(e.Actor, problem.Actors[a.Actor]);
                Assert.Equal(e.Counterpart, problem.Actors[a.Counterpart]);
                Assert.Equal(e.Kind, a.Kind == OfferKind.Compromise ? "compromises" : "loses");
                Assert.Equal(e.Own, a.OwnExpectedUtility, 10);
                Assert.Equal(e.Other, a.CounterpartExpectedUtility, 10);
                Assert.Equal(e.NewPosition, a.To, 10);
            }

            Assert.Equal(expected.Median, actual.Median, 10);
            Assert.Equal(expected.Mean, actual.Mean, 10);
        }

        Assert.Equal(7.242130958473938, result.Mean, 10);
        Assert.Equal(7.0, result.Median, 10);
    }

    [ReferenceFact]
    public void Run_EcEmissionStandards_FirstRoundRiskExponentsMatchReference()
    {
        var problem = ForecastReference.EumTable("eum/bdm1994-ec-emission-standards.csv");
        var result = ExpectedUtilityModel.Run(problem, 0, recordPath: true);
        double[] expected = [1.405653, 0.754196, 0.508864, 1.405653, 1.046524, 1.046524, 1.964898, 0.500000, 2.000000, 1.112125];
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], result.Path[0].RiskExponents[i], 6);
        }
    }

    [ReferenceFact]
    public void Run_SultanExample_NoActorMovesAndTheRunConverges()
    {
        var problem = ForecastReference.EumTable("eum/sultan-example.csv");
        var result = ExpectedUtilityModel.Run(problem, 0, recordPath: true);
        Assert.True(result.Converged);
        Assert.Equal(13.9, result.Median, 10);
        Assert.Equal(13.619912, result.Mean, 6);
        Assert.All(result.Path, r => Assert.Empty(r.Moves));
    }

    [ReferenceFact]
    public void Run_AllActorsAgree_ConvergesAtOnceOnTheCommonPosition()
    {
        var problem = new ForecastProblem(["a", "b", "c"], ["d"], [1, 2, 3], [40, 40, 40], [0.5, 0.5, 0.5]);
        var result = ExpectedUtilityModel.Run(problem, 0);
        Assert.True(result.Converged);
        Assert.Equal(0, result.Rounds);
        Assert.Equal(40, result.Forecast);
    }

    [ReferenceFact]
    public void Run_TwoPositionsOnly_DoesNotDivideByZeroInTheRiskStep()
    {
        var problem = new ForecastProblem(["a", "b", "c", "d"], ["d"], [1, 1, 1, 1], [0, 0, 100, 100], [0.5, 0.5, 0.5, 0.5]);
        var result = ExpectedUtilityModel.Run(problem, 0, recordPath: true);
        Assert.All(result.FinalPositions, p => Assert.True(double.IsFinite(p)));
        Assert.All(result.Path, r => Assert.All(r.RiskExponents, e => Assert.Equal(1.0, e)));
    }

    [ReferenceFact]
    public void Run_TextbookOptions_DiffersFromScholzAndKeepsPositionsInRange()
    {
        var problem = ForecastReference.EumTable("eum/bdm1994-ec-emission-standards.csv");
        var textbook = ExpectedUtilityModel.Run(problem, 0, ExpectedUtilityOptions.Textbook, recordPath: true);
        var scholz = ExpectedUtilityModel.Run(problem, 0, ExpectedUtilityOptions.ScholzCompatible, recordPath: true);
        Assert.NotEqual(scholz.FinalPositions.ToArray(), textbook.FinalPositions.ToArray());
        Assert.All(textbook.FinalPositions, p => Assert.InRange(p, 4, 10));
    }

    private static (double Median, double Mean, List<ReferenceRound> Rounds) ReadReference(string relative)
    {
        var lines = File.ReadAllLines(ForecastReference.PathOf(relative)).Where(l => !l.StartsWith('#')).ToArray();
        double initialMedian = double.NaN, initialMean = double.NaN;
        var rounds = new List<ReferenceRound>();
        List<ReferenceMove>? moves = null;
        double median = double.NaN;
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.StartsWith("ROUND", StringComparison.Ordinal))
            {
                moves = [];
            }
            else if (MoveLine().Match(line) is { Success: true } m)
            {
                var eus = lines[i + 1].Trim().Split(" vs ");
                double pos = ForecastReference.Parse(lines[i + 2].Trim()["new_pos = ".Length..]);
                moves!.Add(new ReferenceMove(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, ForecastReference.Parse(eus[0]), ForecastReference.Parse(eus[1]), pos));
                i += 2;
            }
            else if (line.StartsWith("Median position:", StringComparison.Ordinal))
            {
                median = ForecastReference.Parse(line["Median position:".Length..]);
            }
            else if (line.StartsWith("Mean position:", StringComparison.Ordinal))
            {
                double mean = ForecastReference.Parse(line["Mean position:".Length..]);
                if (moves is null)
                {
                    initialMedian = median;
                    initialMean = mean;
                }
                else
                {
                    rounds.Add(new ReferenceRound(moves, median, mean));
                }
            }
        }

        return (initialMedian, initialMean, rounds);
    }

    [GeneratedRegex(@"^(\w+) (compromises|loses) (?:with|confrontation to) (\w+)$")]
    private static partial Regex MoveLine();
}
