using System.Text.Json;

namespace Parley.Cli.Tests.Commands;

/// <summary><c>analyze</c> reports end states with probabilities, as given and per lever, in the console, the JSON and result.json.</summary>
public sealed class AnalyzeEndStatesTests
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "TestData", "end-states.yaml");

    [Fact]
    public void Analyze_Text_TabulatesEndStatesPerLeverAndSaysTheyPartition()
    {
        var (code, output) = CliRun.Invoke("analyze", Fixture, "--no-sensitivity", "--draws", "60");

        Assert.Equal(0, code);
        Assert.Contains("End states (60 draws", output, StringComparison.Ordinal);
        Assert.Contains("only-high", output, StringComparison.Ordinal);
        Assert.Contains("B capitulates", output, StringComparison.Ordinal);
        Assert.Contains("The end states partition the outcomes", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_JsonAndResultFile_ProbabilitiesSumToOnePerVariant()
    {
        string dir = Path.Combine(Path.GetTempPath(), "parley-endstates-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (code, output) = CliRun.Invoke("analyze", Fixture, "--no-sensitivity", "--draws", "60", "--format", "json", "--out", dir);
            Assert.Equal(0, code);
            foreach (string json in new[] { output, File.ReadAllText(Path.Combine(dir, "result.json")) })
            {
                using var doc = JsonDocument.Parse(json);
                var variants = doc.RootElement.GetProperty("variants");
                Assert.Equal(2, variants.GetArrayLength());
                foreach (var variant in variants.EnumerateArray())
                {
                    var endStates = variant.GetProperty("endStates");
                    Assert.True(endStates.GetProperty("isPartition").GetBoolean());
                    double sum = endStates.GetProperty("endStates").EnumerateArray().Sum(e => e.GetProperty("probability").GetDouble());
                    Assert.Equal(1.0, sum, 12);
                    Assert.Equal(1.0, endStates.GetProperty("total").GetDouble(), 12);
                }

                // With only the high terms B's walk-away blocks every deal: deadlock is certain.
                var deadlock = variants[1].GetProperty("endStates").GetProperty("endStates")[2];
                Assert.Equal("deadlock", deadlock.GetProperty("id").GetString());
                Assert.Equal(1.0, deadlock.GetProperty("probability").GetDouble());
                Assert.Contains(deadlock.GetProperty("equilibria").EnumerateArray(), c => c.GetProperty("concept").GetString() == "seq" && c.GetProperty("contains").GetBoolean());
            }

            Assert.Contains("id=\"endstates\"", File.ReadAllText(Path.Combine(dir, "report.html")), StringComparison.Ordinal);
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
    public void Analyze_At_JsonSaysTheDateAsADate()
    {
        string fixture = Path.Combine(AppContext.BaseDirectory, "TestData", "converging-offers.yaml");
        var (code, output) = CliRun.Invoke("analyze", fixture, "--no-sensitivity", "--draws", "20", "--format", "json", "--at", "2014-06-01");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("2014-06-01", doc.RootElement.GetProperty("asOf").GetString());
        Assert.Equal("2014-01-10", doc.RootElement.GetProperty("timeline").GetProperty("events")[1].GetProperty("date").GetString());
        var sample = doc.RootElement.GetProperty("variants")[0].GetProperty("windows")[0].GetProperty("samples")[0];
        Assert.Equal("2013-11-01", sample.GetProperty("date").GetString());
        Assert.Equal(1, sample.GetProperty("smallestBlockingSet").GetInt32());
    }
}
