using Parley.Core.Analysis;
using Parley.Core.Forecast;
using Parley.Core.Tests.Forecast;

namespace Parley.Core.Tests.Analysis;

/// <summary>The forecast lens of <c>analyze</c>: every model read, vetoes checked, levers reaching the draws.</summary>
public sealed class ForecastLensTests
{
    private static readonly AnalysisOptions Options = new() { MonteCarloRuns = 200, ClaimDraws = 0 };

    [Fact]
    public void Run_TwoBlocs_EveryModelCarriesAShapeVetoesAndATornado()
    {
        var result = ScenarioAnalysis.Run(LeverMonteCarloTests.TwoBlocs(), Options);
        var forecast = Assert.Single(result.Variants[0].Forecasts);
        Assert.Equal(4, forecast.Models.Length);
        foreach (var model in forecast.Models)
        {
            Assert.Equal(200, model.Shape.Draws);
            Assert.NotEmpty(model.Shape.Modes);
            Assert.Equal(["W", "V", "E", "F"], model.Vetoes.Select(v => v.ActorId).ToArray());
            Assert.All(model.Vetoes, v => Assert.Equal(1, v.Share));
            Assert.False(model.VetoAware.Moved);
            Assert.NotEmpty(model.Sensitivity);
        }

        Assert.Equal(["W", "V", "E", "F"], forecast.VetoHolders.ToArray());
        Assert.False(forecast.NoOutcomeAcceptableToAll);
    }

    [Fact]
    public void Run_LeverDoublesOneBloc_MovesTheDrawsAndTheComparisonSaysSo()
    {
        var result = ScenarioAnalysis.Run(LeverMonteCarloTests.TwoBlocs(), Options);
        var given = result.Variants[0].Forecasts[0];
        var pulled = result.Variants.Single(v => v.Id == "double-west").Forecasts[0];
        Assert.True(pulled.Uncertainty.Mean < given.Uncertainty.Mean - 5);
        Assert.True(pulled.Models[0].Shape.Spread.P50 < given.Models[0].Shape.Spread.P50 - 5);
        // The reading of the distribution (and, among the reasons, each model's point reading) changes.
        var change = Assert.Single(result.Comparisons[0].Changes, c => c.Lens == Core.Session.LensKind.Forecast && c.Subject.Aspect == Core.Analysis.Changes.ChangeAspect.ForecastReading);
        Assert.True(change.Changed);
    }
}
