using Parley.Core.Analysis;
using Parley.Formats;
using Parley.Tests;

namespace Parley.Reports.Tests;

// Deterrence, readable states, sensitivity and the lever fold in the report.
public partial class HtmlReportTests
{
    private static string MediatorSanctionReport()
    {
        var read = ScenarioFiles.Read(RepoPaths.InRepo("tests", "Parley.Cli.Tests", "TestData", "mediator-sanction.yaml"));
        Assert.NotNull(read.Value);
        return HtmlReport.Render(ScenarioAnalysis.Run(read.Value, Fast with { ClaimDraws = 20 }));
    }

    [Fact]
    public void Render_StatusQuoHeldBySanction_TellsTheDeterrenceInOptionNames()
    {
        string html = MediatorSanctionReport();

        Assert.Contains("RU would gain by choosing to leave the talks, but US would then choose to resume aid to Ukraine, which RU ranks below the status quo.", html, StringComparison.Ordinal);
        Assert.Contains("Nothing tempts UA, US", html, StringComparison.Ordinal);
        Assert.Contains("RU: —; UA: —; US: —", html, StringComparison.Ordinal);
        // States by number and words, never by Y/N code (the charts' SVG markup aside).
        Assert.DoesNotMatch(@"\b[YN]{3,}\b", System.Text.RegularExpressions.Regex.Replace(html, "<svg.*?</svg>", string.Empty, System.Text.RegularExpressions.RegexOptions.Singleline));
    }

    [Fact]
    public void Render_Levers_FoldTheEquilibriaGainedAndLostAndMarkChanges()
    {
        string html = MediatorSanctionReport();

        Assert.Contains("<details><summary>Equilibria gained and lost</summary>", html, StringComparison.Ordinal);
        Assert.Contains("+ new: RU: leave the talks; UA: —; US: —", html, StringComparison.Ordinal);
        Assert.Contains("<li>≠ stability", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Sensitivity_HasTheSectionAndTheStatementsThatHoldTheStatusQuo()
    {
        string html = MediatorSanctionReport();

        Assert.Contains("id=\"sensitivity\"", html, StringComparison.Ordinal);
        Assert.Contains("flips if RU&#39;s preference statement 1 is dropped", html, StringComparison.Ordinal);
        Assert.Contains("flips if US&#39;s preference statement 1 is dropped", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Istanbul_DrawsTheTornadoChart()
    {
        string html = HtmlReport.Render(IstanbulReport.Result);

        Assert.Contains("data-chart=\"tornado\"", html, StringComparison.Ordinal);
        Assert.Contains("What would change the verdicts?", html, StringComparison.Ordinal);
    }
}
