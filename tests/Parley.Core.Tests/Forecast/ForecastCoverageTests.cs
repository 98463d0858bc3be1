using Parley.Core.Forecast;

namespace Parley.Core.Tests.Forecast;

public sealed class ForecastCoverageTests
{
    private static EvaluationCase Case(int i, double outcome) =>
        new($"c{i}", new ForecastProblem(["A", "B"], ["d"], [1, 1], [0, 100], [0.5, 0.5]), outcome, null);

    [Fact]
    public void CrossValidated_ErrorsKnown_CoverageFollowsTheOtherFoldsQuantiles()
    {
        // Forecast 50 everywhere; outcomes 50 ± 0..19: the held-out interval is 50 ± a quantile of the others' errors.
        var cases = Enumerable.Range(0, 40).Select(i => Case(i, 50 + ((i % 2 == 0 ? 1 : -1) * (i % 20)))).ToList();
        var forecasts = Enumerable.Repeat(50.0, 40).ToArray();
        var coverage = ForecastCoverage.CrossValidated(cases, forecasts, "flat", 4);
        Assert.Equal(40, coverage.Issues);
        Assert.Equal([0.5, 0.8, 0.9], coverage.Calibration.Select(b => b.Nominal).ToArray());
        Assert.InRange(coverage.Coverage90, 0.85, 0.95);
        Assert.InRange(coverage.Calibration[0].Observed, 0.45, 0.6);
        Assert.True(coverage.Calibration[0].MeanWidth < coverage.Calibration[2].MeanWidth);
    }

    [Fact]
    public void MonteCarlo_OutcomeAtTheWeightedMean_IsCovered()
    {
        var cases = Enumerable.Range(0, 5).Select(i => Case(i, 50)).ToList();
        var coverage = ForecastCoverage.MonteCarlo(cases, ForecastModel.WeightedMean, "mean", 200, 1);
        Assert.Equal(1, coverage.Coverage90);
        Assert.Equal("monte-carlo", coverage.Interval);
    }
}
