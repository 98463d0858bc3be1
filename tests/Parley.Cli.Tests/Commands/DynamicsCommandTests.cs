using System.Text.Json;
using Parley.Tests;

namespace Parley.Cli.Tests.Commands;

public class DynamicsCommandTests
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "TestData", "closing-window.yaml");

    [Fact]
    public void Dynamics_ClosingWindow_PrintsStripWindowAndChanges()
    {
        var (code, output) = CliRun.Invoke("dynamics", Fixture, "--lever", "ease");

        Assert.Equal(0, code);
        Golden.Match("dynamics-closing-window.txt", output);
    }

    [Fact]
    public void Dynamics_Json_HasWindowsAndNashPerSample()
    {
        var (code, output) = CliRun.Invoke("dynamics", Fixture, "--format", "json", "--step", "2");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(24, root.GetProperty("horizon").GetProperty("length").GetDouble());
        Assert.Equal(2, root.GetProperty("step").GetDouble());
        var track = root.GetProperty("tracks")[0];
        Assert.Equal("main", track.GetProperty("track").GetString());
        var window = Assert.Single(track.GetProperty("windows").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, window.GetProperty("opensAfter").ValueKind);
        Assert.InRange(window.GetProperty("closesAfter").GetDouble(), 6, 6.05);
        var first = track.GetProperty("samples")[0];
        Assert.True(first.GetProperty("open").GetBoolean());
        Assert.Equal(0.5, first.GetProperty("nash").GetProperty("utilities").GetProperty("A").GetDouble());
        Assert.Equal("x=x1", first.GetProperty("nash").GetProperty("packages")[0].GetString());
        Assert.Equal("assumption", root.GetProperty("trends")[0].GetProperty("basis").GetString());
    }

    [Fact]
    public void Dynamics_Istanbul_FollowsEveryTrack()
    {
        var (code, output) = CliRun.Invoke("dynamics", RepoPaths.InRepo("scenarios", "istanbul-2025.yaml"), "--step", "6");

        Assert.Equal(0, code);
        Assert.Contains("Track 'ceasefire'", output, StringComparison.Ordinal);
        Assert.Contains("Track 'settlement'", output, StringComparison.Ordinal);
        Assert.Contains("Track 'humanitarian': a deal exists from the start to the end", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Dynamics_UnknownLeverOrNoDynamics_AreReported()
    {
        var (code, output) = CliRun.Invoke("dynamics", Fixture, "--lever", "nope");
        Assert.Equal(2, code);
        Assert.Contains("no lever 'nope'", output, StringComparison.Ordinal);

        var (code2, output2) = CliRun.Invoke("dynamics", Path.Combine(AppContext.BaseDirectory, "TestData", "istanbul-like.yaml"));
        Assert.Equal(1, code2);
        Assert.Contains("no 'dynamics' section", output2, StringComparison.Ordinal);

        var (code3, output3) = CliRun.Invoke("dynamics", Fixture, "--step", "zero");
        Assert.Equal(2, code3);
        Assert.Contains("--step must be a positive number", output3, StringComparison.Ordinal);
    }
}
