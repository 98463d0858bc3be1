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
