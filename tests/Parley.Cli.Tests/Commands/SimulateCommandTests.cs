using System.Text.Json;
using Parley.Tests;

namespace Parley.Cli.Tests.Commands;

public class SimulateCommandTests
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "TestData", "closing-window.yaml");

    [Fact]
    public void Simulate_ClosingWindow_PrintsScoresAndThePairingMatrix()
    {
        var (code, output) = CliRun.Invoke("simulate", Fixture, "--to", "6", "--rounds", "20");

        Assert.Equal(0, code);
        Golden.Match("simulate-closing-window.txt", output);
    }

    [Fact]
    public void Simulate_Json_ListsEveryNegotiation()
    {
        var (code, output) = CliRun.Invoke("simulate", Fixture, "--format", "json", "--rounds", "10");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var track = doc.RootElement.GetProperty("tracks")[0];
        Assert.Equal("main", track.GetProperty("track").GetString());
        Assert.Equal(24, track.GetProperty("to").GetDouble());
        Assert.Equal(25, track.GetProperty("negotiations").GetArrayLength());
        Assert.Equal(5, track.GetProperty("scores").GetArrayLength());
        var first = track.GetProperty("negotiations")[0];
        Assert.Equal("Boulware", first.GetProperty("strategies").GetProperty("A").GetString());
    }

    [Fact]
    public void Simulate_Istanbul_NoSimulatedDealWhereTheAgreementLensFindsNone()
    {
        var (code, output) = CliRun.Invoke("simulate", RepoPaths.InRepo("scenarios", "istanbul-2025.yaml"), "--format", "json", "--rounds", "50");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var tracks = doc.RootElement.GetProperty("tracks").EnumerateArray().ToDictionary(t => t.GetProperty("track").GetString()!);
        Assert.All(tracks["ceasefire"].GetProperty("negotiations").EnumerateArray(), n => Assert.False(n.GetProperty("agreed").GetBoolean()));
        Assert.Contains("more than the", tracks["settlement"].GetProperty("skipped").GetString(), StringComparison.Ordinal);
        Assert.Contains(tracks["humanitarian"].GetProperty("negotiations").EnumerateArray(), n => n.GetProperty("agreed").GetBoolean());
    }

    [Fact]
    public void Simulate_TimesOutsideTheHorizon_AreAUsageError()
    {
        var (code, output) = CliRun.Invoke("simulate", Fixture, "--to", "30");
        Assert.Equal(2, code);
        Assert.Contains("within the horizon", output, StringComparison.Ordinal);
    }
}
