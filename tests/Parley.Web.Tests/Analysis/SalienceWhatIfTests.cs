using Parley.Formats;
using Parley.Formats.Ktab;
using Parley.Formats.Writing;
using Parley.Web.Analysis;
using Parley.Web.Tests.Api;

namespace Parley.Web.Tests.Analysis;

/// <summary>Where stands give a salience (a KTAB import), the what-if offers it as a figure, and it, not the weight, moves the forecast.</summary>
public sealed class SalienceWhatIfTests
{
    [Fact]
    public void WhatIf_OnAKtabImport_SalienceMovesTheForecast_WeightDoesNot()
    {
        var (scenario, _) = ImportedScenarios.WithValidIds(KtabImporter.Parse(new SourceText("tax.csv", ApiTests.KtabCsv)).Value!);
        string salience = "salience:Finance-Ministry:Tax-Position", weight = "weight:Finance-Ministry:Tax-Position";
        var figures = LensAdapter.Choices(scenario).Figures;
        var slider = Assert.Single(figures, f => f.Figure == salience);
        Assert.Equal((0.6, 0.0, 1.0), (slider.Value, slider.Min, slider.Max));
        Assert.Contains(figures, f => f.Figure == weight);

        double? Forecast(params FigureOverride[] overrides)
        {
            var result = LensAdapter.WhatIf(scenario, new WhatIfRequest(null, null, overrides), CancellationToken.None);
            Assert.Empty(result.Problems);
            return result.Answer!.Forecasts.Single(f => f.Issue == "Tax-Position").ExpectedUtility;
        }

        double? asGiven = Forecast();
        Assert.NotNull(asGiven);
        Assert.Equal(asGiven, Forecast(new FigureOverride(weight, 0.9)));
        Assert.NotEqual(asGiven, Forecast(new FigureOverride(salience, 0.05)));
    }
}
