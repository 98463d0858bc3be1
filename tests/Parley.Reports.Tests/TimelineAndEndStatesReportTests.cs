using System.Globalization;
using Parley.Core.Analysis;
using Parley.Formats;
using Parley.Tests;

namespace Parley.Reports.Tests;

/// <summary>The report's timeline section (dated events, windows and gap over time) and its end-states section.</summary>
public sealed class TimelineAndEndStatesReportTests
{
    private static readonly AnalysisOptions Fast = new() { MonteCarloRuns = 20, ClaimDraws = 0, Sensitivity = false, EndStateDraws = 40 };

    private static AnalysisResult Analyse(string fixture, AnalysisOptions? options = null) =>
        ScenarioAnalysis.Run(ScenarioFiles.Read(RepoPaths.InRepo("tests", "Parley.Cli.Tests", "TestData", fixture)).Value!, options ?? Fast);

    private static string Section(string html, string id)
    {
        int start = html.IndexOf($"<section id=\"{id}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {id}");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    [Fact]
    public void Timeline_DatedRevisions_ChartsEventsWindowsAndTheGapOnADateAxis()
    {
        var result = Analyse("converging-offers.yaml");
        string html = HtmlReport.Render(result);
        string section = Section(html, TimelineSection.Anchor);

        Assert.Contains("data-chart=\"timeline\"", section, StringComparison.Ordinal);
        Assert.Contains("data-chart=\"gap-pay\"", section, StringComparison.Ordinal);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(section, "<svg").Count);
        Assert.Contains("2014-01-10", section, StringComparison.Ordinal); // FORD's first revision, in the table and on the axis
        Assert.Contains("proposes Final offer", section, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);

        // The gap the chart draws: one red line to relax before the ceiling meets the floor, none after.
        var pay = result.Variants[0].Windows.Single(w => w.Track == "pay");
        Assert.All(pay.Samples, s => Assert.NotNull(s.Date));
        Assert.All(pay.Samples, s => Assert.Equal(s.Open ? 0 : 1, s.SmallestBlockingSet));
        Assert.All(pay.Samples.Where(s => !s.Open), s => Assert.Equal(Core.Agreement.DealBarrier.RedLines, s.ShutBy));
    }

    [Fact]
    public void Timeline_NothingDated_NoSection()
    {
        var result = Analyse("end-states.yaml");
        Assert.Null(result.Timeline);
        Assert.DoesNotContain($"<section id=\"{TimelineSection.Anchor}\">", HtmlReport.Render(result), StringComparison.Ordinal);
    }

    [Fact]
    public void EndStates_ProbabilitiesAsGivenAndPerLever_SumToOneOverThePartition()
    {
        var result = Analyse("end-states.yaml");
        string section = Section(HtmlReport.Render(result), EndStatesSection.Anchor);

        foreach (var v in result.Variants)
        {
            var summary = v.EndStates!;
            Assert.True(summary.IsPartition);
            Assert.Equal(1.0, summary.EndStates.Sum(e => e.Probability), 12);
        }

        Assert.Contains("partition the outcomes", section, StringComparison.Ordinal);
        Assert.Contains("Settlement", section, StringComparison.Ordinal);
        Assert.Contains("Equilibria in each end state", section, StringComparison.Ordinal);
        var settlement = result.Variants[0].EndStates!.EndStates.Single(e => e.Id == "settlement");
        Assert.Contains(settlement.Probability.ToString("0.###", CultureInfo.InvariantCulture), section, StringComparison.Ordinal);
        Assert.Contains("<th>" + result.Variants[1].Name + "</th>", section, StringComparison.Ordinal);
    }

    [Fact]
    public void AsOf_IsSaidInTheHeader()
    {
        var result = Analyse("converging-offers.yaml", Fast with { Date = new DateOnly(2014, 6, 1) });
        Assert.Equal(new DateOnly(2014, 6, 1), result.AsOf);
        Assert.Contains("as of 2014-06-01", HtmlReport.Render(result), StringComparison.Ordinal);
        Assert.Equal(Core.Agreement.AgreementVerdict.AgreementPossible, result.Variants[0].Agreement.Single().Verdict);
    }
}
