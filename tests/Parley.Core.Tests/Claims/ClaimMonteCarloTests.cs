using Parley.Core.Claims;
using Parley.Core.Model;
using static Parley.Core.Tests.Claims.ClaimFixtures;

namespace Parley.Core.Tests.Claims;

public sealed class ClaimMonteCarloTests
{
    private static Scenario Uniform() => UncertainWalkAway(
        Distribution.Uniform(0.3, 0.8),
        Claim("deal", "agreement(track: main).empty == false"),
        Claim("no-deal", "agreement(track: main).empty"),
        Claim("untested-time", "agreement(track: main).empty", at: 3));

    [Fact]
    public void Evaluate_UniformWalkAway_HoldsAsOftenAsTheAnalyticProbability()
    {
        // A deal exists exactly when A's walk-away, uniform on [.3, .8], is at most .5: P = .2 / .5 = .4.
        var report = ClaimEvaluation.Evaluate(Uniform(), new ClaimEvaluationOptions { Draws = 2000, Seed = 7 });

        var deal = report.Claims[0].Frequency!;
        Assert.Equal((2000, 2000), (deal.Draws, deal.Decided));
        Assert.Equal(Math.Sqrt(deal.Fraction * (1 - deal.Fraction) / 2000), deal.StandardError, 12);
        Assert.InRange(deal.Fraction, 0.4 - (4 * deal.StandardError), 0.4 + (4 * deal.StandardError));
        var noDeal = report.Claims[1].Frequency!;
        Assert.Equal(2000 - deal.Held, noDeal.Held);
        Assert.Equal(2000, report.Draws);
    }

    [Fact]
    public void Evaluate_PointValueVerdict_IsKeptBesideTheFrequency()
    {
        // The point value (the centre, .55) is above .5: no deal, whatever the draws say.
        var report = ClaimEvaluation.Evaluate(Uniform(), new ClaimEvaluationOptions { Draws = 50 });

        Assert.Equal(ClaimVerdict.Refuted, report.Claims[0].Verdict);
        Assert.Equal(ClaimVerdict.Supported, report.Claims[1].Verdict);
    }

    [Fact]
    public void Evaluate_UndecidableInEveryDraw_HasNoFraction()
    {
        var report = ClaimEvaluation.Evaluate(Uniform(), new ClaimEvaluationOptions { Draws = 20 });

        var frequency = report.Claims[2].Frequency!;
        Assert.Equal((20, 0, 0), (frequency.Draws, frequency.Decided, frequency.Held));
        Assert.True(double.IsNaN(frequency.Fraction));
    }

    [Fact]
    public void Evaluate_SameSeed_GivesTheSameDrawsOnAnyThreadCount()
    {
        var one = ClaimEvaluation.Evaluate(Uniform(), new ClaimEvaluationOptions { Draws = 300, Seed = 42, MaxDegreeOfParallelism = 1 });
        var four = ClaimEvaluation.Evaluate(Uniform(), new ClaimEvaluationOptions { Draws = 300, Seed = 42, MaxDegreeOfParallelism = 4 });
        var again = ClaimEvaluation.Evaluate(Uniform(), new ClaimEvaluationOptions { Draws = 300, Seed = 42 });

        Assert.Equal(one.Claims.Select(c => c.Frequency), four.Claims.Select(c => c.Frequency));
        Assert.Equal(one.Claims.Select(c => c.Frequency), again.Claims.Select(c => c.Frequency));
        Assert.All(one.Claims, c => Assert.Equal(42UL, c.Frequency!.Seed));
    }

    [Fact]
    public void Evaluate_OtherSeed_GivesOtherDraws()
    {
        var a = ClaimEvaluation.Evaluate(Uniform(), new ClaimEvaluationOptions { Draws = 300, Seed = 1 });
        var b = ClaimEvaluation.Evaluate(Uniform(), new ClaimEvaluationOptions { Draws = 300, Seed = 2 });

        Assert.NotEqual(a.Claims[0].Frequency!.Held, b.Claims[0].Frequency!.Held);
    }

    [Fact]
    public void Evaluate_UncertainCapability_ForecastFrequencyMatchesTheAnalyticProbability()
    {
        // The mean model gives 100 cB / (.6 + cB) with cB uniform on [0, .8]: at most 40 exactly when
        // cB <= .4, so P = .5.
        var scenario = Spatial(
            new Figure(0.4, Provenance.Assumption, Distribution.Uniform(0, 0.8), [], null),
            Claim("low", "forecast(issue: p, model: weighted-mean).value <= 40"));

        var frequency = Assert.Single(ClaimEvaluation.Evaluate(scenario, new ClaimEvaluationOptions { Draws = 2000, Seed = 3 }).Claims).Frequency!;

        Assert.InRange(frequency.Fraction, 0.5 - (4 * frequency.StandardError), 0.5 + (4 * frequency.StandardError));
    }

    [Fact]
    public void Evaluate_NoUncertainFigure_MakesNoDraws()
    {
        var report = ClaimEvaluation.Evaluate(TwoParties(Claim("c", "agreement(track: t1).empty")), new ClaimEvaluationOptions { Draws = 100 });

        Assert.Equal(0, report.Draws);
        Assert.Null(Assert.Single(report.Claims).Frequency);
    }

    [Fact]
    public void Evaluate_NegativeDraws_IsAProgrammerError()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ClaimEvaluation.Evaluate(Uniform(), new ClaimEvaluationOptions { Draws = -1 }));
    }
}
