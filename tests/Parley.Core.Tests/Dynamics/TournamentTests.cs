using Parley.Core.Dynamics;
using Parley.Core.Model.Dynamics;

namespace Parley.Core.Tests.Dynamics;

public sealed class TournamentTests
{
    private static readonly NegotiationStrategy[] Strategies =
    [
        NegotiationStrategy.Boulware, NegotiationStrategy.Linear, NegotiationStrategy.Conceder,
        NegotiationStrategy.TitForTat, NegotiationStrategy.HardLiner,
    ];

    [Fact]
    public void Run_TwoProblems_RunsEveryOrderedAssignment()
    {
        var result = Tournament.Run([DynamicsFixtures.Quarters(), DynamicsFixtures.ThreeParties()], Strategies, new NegotiationOptions(20));

        Assert.Equal<string>(["quarters", "three"], result.Problems);
        Assert.Equal((5 * 5) + (5 * 5 * 5), result.Runs.Length);
        Assert.Equal<int>([0, 0], result.Runs[0].Assignment);
        Assert.Equal<int>([0, 1], result.Runs[1].Assignment);
        Assert.Equal<int>([4, 4, 4], result.Runs[^1].Assignment);

        // Each strategy takes 2 × 5 seats in the two-party problem and 3 × 25 in the three-party one.
        Assert.All(result.Scores, s => Assert.Equal(10 + 75, s.Seats));
        Assert.Equal(Strategies.Select(s => s.Name), result.Scores.Select(s => s.Strategy));
    }

    [Fact]
    public void Run_Scores_AreTheMeansOfTheRuns()
    {
        var result = Tournament.Run([DynamicsFixtures.Quarters(0.1, 0.2)], Strategies, new NegotiationOptions(20));

        for (int k = 0; k < Strategies.Length; k++)
        {
            double sum = 0;
            double advantage = 0;
            int agreements = 0;
            foreach (var run in result.Runs)
            {
                for (int p = 0; p < run.Assignment.Length; p++)
                {
                    if (run.Assignment[p] == k)
                    {
                        sum += run.Result.Utilities[p];
                        advantage += run.Result.Utilities[p] - run.Result.Reservations[p];
                        agreements += run.Result.Agreed ? 1 : 0;
                    }
                }
            }

            Assert.Equal(sum / 10, result.Scores[k].MeanUtility, 12);
            Assert.Equal(advantage / 10, result.Scores[k].MeanAdvantage, 12);
            Assert.Equal(agreements / 10.0, result.Scores[k].AgreementRate, 12);
        }

        // Two hard-liners never agree; the hard-liner's own pairing is run 24 (4, 4).
        Assert.False(result.Runs[24].Result.Agreed);
    }

    [Fact]
    public void Run_Twice_GivesIdenticalResults()
    {
        var random = new Random(7);
        NegotiationProblem[] problems = [DynamicsFixtures.Random(random), DynamicsFixtures.Random(random), DynamicsFixtures.Quarters()];

        var first = Tournament.Run(problems, Strategies, new NegotiationOptions(30, 0.02));
        var second = Tournament.Run(problems, Strategies, new NegotiationOptions(30, 0.02));

        Assert.Equal<StrategyScore>(first.Scores, second.Scores);
        Assert.Equal(first.Runs.Length, second.Runs.Length);
        for (int i = 0; i < first.Runs.Length; i++)
        {
            var a = first.Runs[i].Result;
            var b = second.Runs[i].Result;
            Assert.Equal((a.Agreed, a.AgreementRound, a.Outcome, a.Offers), (b.Agreed, b.AgreementRound, b.Outcome, b.Offers));
            Assert.Equal<double>(a.Utilities, b.Utilities);
        }
    }
}
