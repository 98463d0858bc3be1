using System.Text.Json;

namespace Parley.Cli.Tests.Commands;

public sealed class EndStatesCommandTests
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "TestData", "end-states.yaml");

    [Fact]
    public void EndStates_Text_PrintsEachVariantWithProbabilities()
    {
        var (code, output) = CliRun.Invoke("endstates", Fixture, "--draws", "100", "--seed", "5");

        Assert.Equal(0, code);
        Golden.Match("endstates.txt", output);
    }

    [Fact]
    public void EndStates_Json_ProbabilitiesOfAPartitionSumToOne()
    {
        var (code, output) = CliRun.Invoke("endstates", Fixture, "--format", "json", "--draws", "100");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var variants = doc.RootElement.GetProperty("variants");
        Assert.Equal(2, variants.GetArrayLength());
        foreach (var variant in variants.EnumerateArray())
        {
            Assert.True(variant.GetProperty("isPartition").GetBoolean());
            double sum = variant.GetProperty("endStates").EnumerateArray().Sum(e => e.GetProperty("probability").GetDouble());
            Assert.Equal(1.0, sum, 12);
        }

        var deadlock = variants[1].GetProperty("endStates")[2];
        Assert.Equal("deadlock", deadlock.GetProperty("id").GetString());
        Assert.Equal(1.0, deadlock.GetProperty("probability").GetDouble());
        Assert.Equal(2, variants[0].GetProperty("pathEnd").GetInt32());
    }

    [Fact]
    public void EndStates_ScenarioWithout_IsAnInputError()
    {
        var (code, output) = CliRun.Invoke("endstates", Path.Combine(AppContext.BaseDirectory, "TestData", "closing-window.yaml"));
        Assert.Equal(1, code);
        Assert.Contains("names no end states", output, StringComparison.Ordinal);
    }
}
