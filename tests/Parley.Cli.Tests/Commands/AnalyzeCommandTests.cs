using System.Text.Json;
using Parley.Cli;

namespace Parley.Cli.Tests.Commands;

public class AnalyzeCommandTests
{
    // The bundled labour dispute plus a dynamics section, so that every lens but stability runs.
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "TestData", "labour-dispute.yaml");

    [Fact]
    public void Analyze_Scenario_PrintsTheSummary()
    {
        var (code, output) = CliRun.Invoke("analyze", Fixture);

        Assert.Equal(ExitCodes.Ok, code);
        Golden.Match("analyze-labour-dispute.txt", output);
    }

    [Fact]
    public void Compare_TwoLevers_PrintsEveryAnswerLensByLens()
    {
        var (code, output) = CliRun.Invoke("compare", Fixture, "--lever", "strike-fund-boost", "--lever", "spring-order+board-veto-38");

        Assert.Equal(ExitCodes.Ok, code);
        Golden.Match("compare-labour-dispute.txt", output);
    }

    // A three-party conflict whose status quo the mediator's sanction holds, with two levers on it.
    private static readonly string MediatorSanction = Path.Combine(AppContext.BaseDirectory, "TestData", "mediator-sanction.yaml");

    [Fact]
    public void Compare_LeversOnAConflict_SummarisesEquilibriumChangesWithoutStateCodes()
    {
        var (code, output) = CliRun.Invoke("compare", MediatorSanction, "--lever", "us-withholds-aid", "--lever", "ua-walks-out");

        Assert.Equal(ExitCodes.Ok, code);
        Golden.Match("compare-mediator-sanction.txt", output);
        Assert.DoesNotMatch(@"\b[YN]{3,}\b", output);
        Assert.Contains("≠ not stable", output, StringComparison.Ordinal);
        Assert.Contains("2 lost", output, StringComparison.Ordinal);
        string flat = string.Join(' ', output.Split(new[] { '\n', '\r', ' ', '│' }, StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("what holds the status quo under SEQ RU deterred by US ≠ RU undeterred", flat, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_LeverAddsBlockingDemands_ReportsTheChangedReasonWithASymbol()
    {
        var (code, output) = CliRun.Invoke("compare", Fixture, "--lever", "strike-fund-boost");

        Assert.Equal(ExitCodes.Ok, code);
        string flat = string.Join(' ', output.Split(new[] { '\n', '\r', ' ', '│' }, StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("strike: blocking demands none ≠ + UN walk-away value 0.4", flat, StringComparison.Ordinal);
        Assert.Contains("strike: common ground on term 18, 24 18, 24", flat, StringComparison.Ordinal);
        Assert.Contains("term: model readings", flat, StringComparison.Ordinal);
    }

    [Fact]
    public void StabilityAndAnalyze_OnAConflict_ShowStatesByNumberAndWordsNeverByCode()
    {
        foreach (var args in new[] { new[] { "stability", MediatorSanction }, ["analyze", MediatorSanction], ["stability", MediatorSanction, "--format", "json"] })
        {
            var (code, output) = CliRun.Invoke(args);

            Assert.Equal(ExitCodes.Ok, code);
            Assert.DoesNotMatch(@"\b[YN]{3,}\b", output);
        }
    }

    [Fact]
    public void CompareJson_LeverOnAConflict_ListsEquilibriaGainedAndLostByStateId()
    {
        var (code, output) = CliRun.Invoke("compare", MediatorSanction, "--lever", "us-withholds-aid", "--format", "json");

        Assert.Equal(ExitCodes.Ok, code);
        using var doc = JsonDocument.Parse(output);
        var seq = doc.RootElement.GetProperty("comparisons")[0].GetProperty("equilibriumShifts").EnumerateArray().Single(x => x.GetProperty("concept").GetString() == "seq");
        Assert.Equal(["none", "ru-leave+us-aid"], seq.GetProperty("lost").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["ru-leave"], seq.GetProperty("gained").EnumerateArray().Select(e => e.GetString()));
        Assert.True(seq.GetProperty("statusQuoBefore").GetBoolean());
        Assert.False(seq.GetProperty("statusQuoAfter").GetBoolean());
    }

    [Fact]
    public void AnalyzeJson_Draws_EveryAgreementVerdictAndClaimCarriesSensitivityAndRobustness()
    {
        var (code, output) = CliRun.Invoke("analyze", Fixture, "--draws", "40", "--format", "json");

        Assert.Equal(ExitCodes.Ok, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(40, doc.RootElement.GetProperty("monteCarloRuns").GetInt32());
        foreach (var track in doc.RootElement.GetProperty("variants")[0].GetProperty("agreement").EnumerateArray())
        {
            Assert.True(track.GetProperty("sensitivity").GetProperty("probed").GetInt32() > 0);
            var robustness = track.GetProperty("robustness");
            Assert.Equal(40, robustness.GetProperty("draws").GetInt32());
            Assert.InRange(robustness.GetProperty("frequency").GetDouble(), 0, 1);
            Assert.True(robustness.TryGetProperty("standardError", out _));
        }

        // The strike track's deal rests on walk-away values: some flip it, each with its smallest change.
        var strike = doc.RootElement.GetProperty("variants")[0].GetProperty("agreement").EnumerateArray().Single(t => t.GetProperty("track").GetString() == "strike");
        var flip = strike.GetProperty("sensitivity").GetProperty("flips")[0];
        Assert.Equal(flip.GetProperty("flipsAt").GetDouble() - flip.GetProperty("current").GetDouble(), flip.GetProperty("change").GetDouble(), 9);
        foreach (var claim in doc.RootElement.GetProperty("claims").EnumerateArray().Where(c => c.GetProperty("verdict").GetString() != "undecidable"))
        {
            Assert.True(claim.TryGetProperty("sensitivity", out _), claim.GetProperty("claimId").GetString());
            Assert.Equal(40, claim.GetProperty("robustness").GetProperty("draws").GetInt32());
        }
    }

    [Fact]
    public void Analyze_DrawsOutOfRange_IsAUsageError()
    {
        var (code, _) = CliRun.Invoke("analyze", Fixture, "--draws", "0");

        Assert.NotEqual(ExitCodes.Ok, code);
    }

    [Fact]
    public void AnalyzeJson_StateNumbers_AreTheStabilityCommandsGmcrPyNumbers()
    {
        var (_, analyze) = CliRun.Invoke("analyze", MediatorSanction, "--no-sensitivity", "--format", "json");
        var (_, stability) = CliRun.Invoke("stability", MediatorSanction, "--format", "json");

        using var a = JsonDocument.Parse(analyze);
        using var s = JsonDocument.Parse(stability);
        var summary = a.RootElement.GetProperty("variants")[0].GetProperty("stability");
        Assert.Equal(s.RootElement.GetProperty("statusQuo").GetProperty("ordinal").GetInt32(), summary.GetProperty("statusQuo").GetInt32());
        foreach (var concept in s.RootElement.GetProperty("concepts").EnumerateArray())
        {
            string name = concept.GetProperty("concept").GetString()!;
            var mine = summary.GetProperty("concepts").EnumerateArray().Single(c => c.GetProperty("concept").GetString() == name);
            Assert.Equal(concept.GetProperty("equilibria").EnumerateArray().Select(e => e.GetInt32()), mine.GetProperty("equilibria").EnumerateArray().Select(e => e.GetInt32()));
        }

        Assert.Equal(1, summary.GetProperty("states")[0].GetProperty("index").GetInt32());
        Assert.Equal("none", summary.GetProperty("states")[0].GetProperty("label").GetString());
    }

    [Fact]
    public void Analyze_Out_WritesReportAndResult()
    {
        string dir = Path.Combine(Path.GetTempPath(), "parley-analyze-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (code, output) = CliRun.Invoke("analyze", Fixture, "--out", dir);

            Assert.Equal(ExitCodes.Ok, code);
            Assert.Contains("report.html", output, StringComparison.Ordinal);
            string html = File.ReadAllText(Path.Combine(dir, "report.html"));
            Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
            Assert.Contains("data-chart=\"windows\"", html, StringComparison.Ordinal);
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "result.json")));
            Assert.Equal("labour-dispute", json.RootElement.GetProperty("scenarioId").GetString());
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    [Fact]
    public void Analyze_Json_WritesTheResultWithEveryVariantAndClaim()
    {
        var (code, output) = CliRun.Invoke("analyze", Fixture, "--lever", "strike-fund-boost+spring-order", "--format", "json");

        Assert.Equal(ExitCodes.Ok, code);
        using var json = JsonDocument.Parse(output);
        var variants = json.RootElement.GetProperty("variants");
        // As given, six levers, and the extra combination.
        Assert.Equal(8, variants.GetArrayLength());
        Assert.Equal("as-given", variants[0].GetProperty("id").GetString());
        Assert.Equal("strike-fund-boost+spring-order", variants[7].GetProperty("id").GetString());
        Assert.Equal(6, json.RootElement.GetProperty("claims").GetArrayLength());
        Assert.Contains(json.RootElement.GetProperty("skipped").EnumerateArray(), s => s.GetProperty("lens").GetString() == "stability");
    }

    [Fact]
    public void Analyze_UnknownLever_IsAUsageError()
    {
        var (code, output) = CliRun.Invoke("analyze", Fixture, "--lever", "no-such-lever");

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("no lever 'no-such-lever'", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_MissingFile_ReportsAnInputError()
    {
        var (code, _) = CliRun.Invoke("analyze", Path.Combine(AppContext.BaseDirectory, "TestData", "missing.yaml"));

        Assert.Equal(ExitCodes.InputErrors, code);
    }

    [Fact]
    public void Compare_WithoutLever_IsAUsageError()
    {
        var (code, output) = CliRun.Invoke("compare", Fixture);

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("at least one lever", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_OutIsAFile_IsAUsageErrorNotABug()
    {
        string file = Path.Combine(Path.GetTempPath(), $"parley-out-{Guid.NewGuid():N}");
        File.WriteAllText(file, "not a folder");
        try
        {
            var (code, output) = CliRun.Invoke("analyze", Fixture, "--out", file);

            Assert.Equal(ExitCodes.UsageError, code);
            Assert.Contains("could not be written", output, StringComparison.Ordinal);
            Assert.DoesNotContain("bug", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
