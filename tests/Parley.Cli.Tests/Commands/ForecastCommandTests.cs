using System.Text.Json;
using Parley.Tests;

namespace Parley.Cli.Tests.Commands;

public sealed class ForecastCommandTests
{
    private static string Reference(string relative) => Path.Combine(RepoPaths.Reference, "forecasting", "data", relative);

    [ReferenceFact]
    public void Forecast_Istanbul_EveryIssueWithAnAxisGetsForecastsWithUncertainty()
    {
        var (code, output) = CliRun.Invoke("forecast", Path.Combine(RepoPaths.Root, "scenarios", "istanbul-2025.yaml"), "--runs", "200", "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var issues = doc.RootElement.GetProperty("issues");
        Assert.True(issues.GetArrayLength() > 0);
        Assert.Equal(200, doc.RootElement.GetProperty("runs").GetInt32());
        foreach (var issue in issues.EnumerateArray())
        {
            var forecasts = issue.GetProperty("forecasts");
            Assert.Equal(6, forecasts.GetArrayLength());
            var mean = forecasts[0];
            Assert.Equal("weighted-mean", mean.GetProperty("model").GetString());
            Assert.InRange(mean.GetProperty("value").GetDouble(), 0, 100);
            Assert.Equal(5, mean.GetProperty("quantiles").GetArrayLength());
            Assert.True(forecasts[4].GetProperty("rounds").GetArrayLength() >= 1);
        }
    }

    [ReferenceFact]
    public void Forecast_KtabCsv_SpatialModelMatchesKtabsFinalRound()
    {
        var (code, output) = CliRun.Invoke("forecast", Reference("ktab/SOE-Pol-Comp.csv"), "--model", "spatial-politics", "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var issues = doc.RootElement.GetProperty("issues");
        Assert.Equal(2, issues.GetArrayLength());
        var smp = issues[0].GetProperty("forecasts")[0];
        Assert.Equal("spatial-politics", smp.GetProperty("model").GetString());
        Assert.Equal(27, smp.GetProperty("roundCount").GetInt32());
        Assert.True(smp.GetProperty("converged").GetBoolean());
        Assert.Equal(28, smp.GetProperty("rounds").GetArrayLength());
    }

    [Fact]
    public void Forecast_IstanbulJson_EveryForecastCarriesReadingModesSpreadAndVetoes()
    {
        var (code, output) = CliRun.Invoke("forecast", Path.Combine(RepoPaths.Root, "scenarios", "istanbul-2025.yaml"), "--runs", "200", "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        int split = 0;
        foreach (var issue in doc.RootElement.GetProperty("issues").EnumerateArray())
        {
            Assert.True(issue.GetProperty("agreement").TryGetProperty("agree", out _));
            Assert.True(issue.GetProperty("vetoHolders").GetArrayLength() >= 2);
            foreach (var forecast in issue.GetProperty("forecasts").EnumerateArray())
            {
                string reading = forecast.GetProperty("reading").GetString()!;
                Assert.Contains(reading, (string[])["point", "split", "undetermined"]);
                split += reading == "split" ? 1 : 0;
                Assert.Equal(5, forecast.GetProperty("spread").EnumerateObject().Count());
                Assert.True(forecast.TryGetProperty("modes", out _));
                Assert.Equal(issue.GetProperty("vetoHolders").GetArrayLength(), forecast.GetProperty("vetoes").GetArrayLength());
                Assert.True(forecast.GetProperty("vetoAware").TryGetProperty("noneAcceptable", out _));
                Assert.True(forecast.TryGetProperty("sensitivity", out _));
            }
        }

        Assert.True(split > 0);
    }

    [Fact]
    public void Forecast_IstanbulConsole_SaysSplitsAsEitherOr()
    {
        var (code, output) = CliRun.Invoke("forecast", Path.Combine(RepoPaths.Root, "scenarios", "istanbul-2025.yaml"), "--runs", "200", "--model", "expected-utility", "--model", "weighted-mean");
        Assert.Equal(0, code);
        Assert.Contains("either", output, StringComparison.Ordinal);
        Assert.Contains("would be vetoed by", output, StringComparison.Ordinal);
        Assert.Contains("Models", output, StringComparison.Ordinal);
    }

    [ReferenceFact]
    public void Forecast_EumTable_PrintsRoundPathAndNonConvergence()
    {
        var (code, output) = CliRun.Invoke("forecast", Reference("eum/bdm1994-ec-emission-standards.csv"), "--model", "expected-utility", "--model", "weighted-mean");
        Assert.Equal(0, code);
        Assert.Contains("expected utility, single run by round: 7.39 → 7.46", output, StringComparison.Ordinal);
        Assert.Contains("did not converge", output, StringComparison.Ordinal);
        Assert.Contains("7.39", output, StringComparison.Ordinal);
    }

    [ReferenceFact]
    public void Forecast_BrokenKtabFile_PrintsDiagnosticWithLocationAndExitsOne()
    {
        string file = Path.Combine(AppContext.BaseDirectory, "forecast-broken.csv");
        File.WriteAllText(file, "T,D,3,1,\nActor,Description,Influence,P,S,\nA,a,10,30,50,\nB,b,20,130,50,\nC,c,30,70,50,\n");
        var (code, output) = CliRun.Invoke("forecast", file);
        Assert.Equal(1, code);
        Assert.Contains("PF0106", output, StringComparison.Ordinal);
        Assert.Contains(":4:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_EumTableOffTheSpatialAxis_SaysWhyTheSpatialModelIsSkipped()
    {
        // Positions on 0–1,000: the spatial model cannot take them. The model is skipped with the
        // reason in the output (text and JSON), the other models answer, and nothing is thrown.
        string file = Path.Combine(AppContext.BaseDirectory, "forecast-off-axis.csv");
        File.WriteAllText(file, "Actor,Capability,Position,Salience\nA,10,100,0.5\nB,20,900,0.8\nC,30,400,0.6\n");
        var (code, output) = CliRun.Invoke("forecast", file, "--model", "spatial-politics", "--model", "weighted-mean", "--runs", "0", "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var forecasts = doc.RootElement.GetProperty("issues")[0].GetProperty("forecasts");
        Assert.Equal(JsonValueKind.Null, forecasts[0].GetProperty("value").ValueKind);
        Assert.Contains("0–100 axis", forecasts[0].GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Number, forecasts[1].GetProperty("value").ValueKind);

        var text = CliRun.Invoke("forecast", file, "--model", "spatial-politics", "--runs", "0");
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("0–100 axis", text.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_LargeTable_StopsOnTheBudgetInsideTheSpatialModelsRun()
    {
        // 250 actors: the spatial model needs about a quarter of a second per round and does not
        // converge within its 100 rounds, so a 2 s budget runs out inside the single run; before this,
        // the run showed nothing and could not be stopped until it finished.
        var random = new Random(7);
        var rows = Enumerable.Range(0, 250).Select(i => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"A{i},{1 + (random.NextDouble() * 99):0.00},{random.NextDouble() * 100:0.00},{0.1 + (random.NextDouble() * 0.9):0.00}"));
        string file = Path.Combine(AppContext.BaseDirectory, "forecast-250-actors.csv");
        File.WriteAllText(file, "Actor,Capability,Position,Salience\n" + string.Join("\n", rows) + "\n");

        var (code, output) = CliRun.Invoke("forecast", file, "--model", "spatial-politics", "--runs", "0", "--budget", "2");

        // The round lines go to stderr, which this in-process console shares with stdout and so
        // leaves out; ModelRoundTests check the rounds reported.
        Assert.Equal(130, code);
        Assert.Contains("time budget of 2 s ran out", output, StringComparison.Ordinal);
    }

    [ReferenceFact]
    public void Forecast_UnknownModel_IsAUsageError()
    {
        var (code, output) = CliRun.Invoke("forecast", Reference("eum/sultan-example.csv"), "--model", "oracle");
        Assert.Equal(2, code);
        Assert.Contains("Unknown model 'oracle'", output, StringComparison.Ordinal);
    }

    [ReferenceFact]
    public void Forecast_SameSeed_SameJson()
    {
        string file = Path.Combine(RepoPaths.Root, "scenarios", "istanbul-2025.yaml");
        var a = CliRun.Invoke("forecast", file, "--runs", "100", "--seed", "3", "--model", "expected-utility", "--format", "json");
        var b = CliRun.Invoke("forecast", file, "--runs", "100", "--seed", "3", "--model", "expected-utility", "--format", "json");
        Assert.Equal(a.Output, b.Output);
    }

    [ReferenceFact]
    public void ForecastEval_BrokenTable_ReportsTheMissingColumn()
    {
        string file = Path.Combine(AppContext.BaseDirectory, "forecast-eval-broken.tsv");
        File.WriteAllText(file, "\"isnr\"\t\"prnr\"\t\"finact\"\t\"pcom\"\t\"scom\"\t\"rp\"\n\"i1\"\t\"p1\"\t\"x\"\t10\t50\t0\n");
        var (code, output) = CliRun.Invoke("forecast-eval", file);
        Assert.Equal(1, code);
        Assert.Contains("PF0301", output, StringComparison.Ordinal);
    }
}
