using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Parley.Core.Analysis;
using Parley.Core.Dynamics;
using Parley.Core.Model.Conflicts;
using Parley.Core.Model.Dynamics;
using Parley.Core.Model;
using Parley.Core.Stability;
using Parley.Formats.Json;
using Parley.Formats;
using Parley.Tests;

namespace Parley.Reports.Tests;

public partial class HtmlReportTests
{
    private static readonly AnalysisOptions Fast = new() { MonteCarloRuns = 100, ClaimDraws = 0 };

    [Fact]
    public void Render_Istanbul_IsSelfContainedAndCitesEverySource()
    {
        string html = HtmlReport.Render(IstanbulReport.Result);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(ExternalResource(), html);
        foreach (var source in IstanbulReport.Scenario.Sources)
        {
            Assert.Contains($"id=\"src-{source.Id}\"", html, StringComparison.Ordinal);
        }

        foreach (var lever in IstanbulReport.Scenario.Levers)
        {
            Assert.Contains(System.Net.WebUtility.HtmlEncode(lever.Name), html, StringComparison.Ordinal);
        }

        foreach (var claim in IstanbulReport.Result.Claims)
        {
            Assert.Contains(System.Net.WebUtility.HtmlEncode(claim.Statement), html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_Istanbul_OpensWithTheClaimsAndWhatTheyRestOn()
    {
        string html = HtmlReport.Render(IstanbulReport.Result);

        // The claims come before every lens, each with how sure and what it rests on by provenance,
        // and the inferred red lines named (Ukraine's on military assistance carries the ceasefire verdict).
        Assert.True(html.IndexOf("id=\"claims\"", StringComparison.Ordinal) < html.IndexOf("id=\"glance\"", StringComparison.Ordinal));
        Assert.Contains("How sure", html, StringComparison.Ordinal);
        Assert.Contains("Rests on", html, StringComparison.Ordinal);
        Assert.Contains("UA&#39;s red line on military-assistance (inferred)", html, StringComparison.Ordinal);
        Assert.Equal(10, IstanbulReport.Result.Claims.Count(c => c.Sources.Contains("commentary-point-of-no-return")));
        Assert.All(IstanbulReport.Result.Claims, c => Assert.True(c.RestsOn.RedLines.Total + c.RestsOn.Preferences.Total + c.RestsOn.Figures.Total > 0, c.ClaimId));
        Assert.DoesNotContain("red lines are stated positions", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Istanbul_ForecastsSayTheirReadingVetoesAndTornado()
    {
        string html = HtmlReport.Render(IstanbulReport.Result);
        int start = html.IndexOf("<section id=\"forecast\">", StringComparison.Ordinal);
        string section = html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
        Assert.Contains("either ", section, StringComparison.Ordinal);
        Assert.Contains("would be vetoed by", section, StringComparison.Ordinal);
        Assert.Contains("Do the models agree?", section, StringComparison.Ordinal);
        Assert.Contains("data-chart=\"forecast-tornado-", section, StringComparison.Ordinal);

        // A split forecast's charts mark its modes, not a median.
        Assert.Contains(IstanbulReport.Result.Variants[0].Forecasts, f => f.Uncertainty.Shape.Reading == Core.Forecast.ForecastReading.Split);
        Assert.Contains("Monte Carlo mode, ", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Istanbul_EveryFigureHoldsAnSvg()
    {
        string html = HtmlReport.Render(IstanbulReport.Result);

        var figures = Figure().Matches(html);
        Assert.True(figures.Count >= 3 + 1 + 30 + 2, $"Only {figures.Count} figures.");
        Assert.All(figures, f => Assert.Contains("<svg", f.Groups["body"].Value, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_ScenarioWithConflictAndDynamics_DrawsTheGraphOfStatesAndTheWindows()
    {
        var result = ScenarioAnalysis.Run(WithConflictAndDynamics(), Fast);

        string html = HtmlReport.Render(result);

        Assert.NotNull(result.Variants[0].Stability);
        Assert.NotEmpty(result.Variants[0].Windows);
        Assert.Contains("data-chart=\"state-graph\"><svg", html, StringComparison.Ordinal);
        Assert.Contains("data-chart=\"windows\"><svg", html, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Skipped, s => s.Lens is "stability" or "windows");
    }

    [Fact]
    public void Run_AnyThreadCount_GivesTheSameResult()
    {
        var scenario = WithConflictAndDynamics();

        string sequential = AnalysisJson.Serialize(ScenarioAnalysis.Run(scenario, Fast with { MaxDegreeOfParallelism = 1, ClaimDraws = 20 }));
        string parallel = AnalysisJson.Serialize(ScenarioAnalysis.Run(scenario, Fast with { MaxDegreeOfParallelism = 4, ClaimDraws = 20 }));

        Assert.Equal(sequential, parallel);
    }

    // The bundled labour dispute, plus a small conflict and a horizon built here, so that every lens runs.
    private static Scenario WithConflictAndDynamics()
    {
        var read = ScenarioFiles.Read(RepoPaths.InRepo("scenarios", "labour-dispute.yaml"));
        var scenario = read.Value ?? throw new InvalidOperationException(string.Join("\n", read.Diagnostics));
        var union = new DecisionMaker("UN", "Union", [new ConflictOption("ban", "overtime ban"), new ConflictOption("strike", "strike")], new OptionPrioritization(
            [new PreferenceStatement(OptionCondition.Option("raise")), new PreferenceStatement(OptionCondition.Option("strike", taken: false)), new PreferenceStatement(OptionCondition.Option("ban"))]));
        var management = new DecisionMaker("MG", "Management", [new ConflictOption("raise", "raise the offer")], new OptionPrioritization(
            [new PreferenceStatement(OptionCondition.Option("strike", taken: false)), new PreferenceStatement(OptionCondition.Option("ban", taken: false)), new PreferenceStatement(OptionCondition.Option("raise", taken: false))]));
        var conflict = new Conflict([union, management], [], ImmutableArray.Create("ban"), []);
        var dynamics = new ScenarioDynamics(new Horizon(12, "months", "2025-01"), [new Trend("UN", TrendTarget.WalkAway, new LinearCurve(0, 0.45, 12, 0.1), Provenance.Assumption, [], "strike fund runs down")]);
        return scenario.WithConflict(conflict).WithDynamics(dynamics);
    }

    [GeneratedRegex("(?:src=\"(?:https?:)?//|url\\((?:https?:)?//)", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalResource();

    [GeneratedRegex("<figure class=\"chart\" data-chart=\"[^\"]+\">(?<body>.*?)</figure>", RegexOptions.Singleline)]
    private static partial Regex Figure();
}
