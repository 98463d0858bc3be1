using System.Text.Json;

namespace Parley.Cli.Tests.Commands;

/// <summary>Dated revisions in <c>parley dynamics</c>: windows and samples carry dates and what keeps a track shut.</summary>
public sealed class DynamicsDatesTests
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "TestData", "converging-offers.yaml");

    [Fact]
    public void Dynamics_Json_WindowOpensOnTheRevisionDate_ShutByRedLinesBefore()
    {
        var (code, output) = CliRun.Invoke("dynamics", Fixture, "--format", "json");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var track = doc.RootElement.GetProperty("tracks")[0];
        var window = Assert.Single(track.GetProperty("windows").EnumerateArray());
        Assert.Equal("2014-05-20", window.GetProperty("opensByDate").GetString());
        var first = track.GetProperty("samples")[0];
        Assert.Equal("2013-11-01", first.GetProperty("date").GetString());
        Assert.Equal("red-lines", first.GetProperty("gap").GetProperty("shutBy").GetString());
        Assert.Equal(1, first.GetProperty("gap").GetProperty("smallestBlockingSet").GetInt32());
    }

    [Fact]
    public void Dynamics_Text_PrintsDates()
    {
        var (code, output) = CliRun.Invoke("dynamics", Fixture);

        Assert.Equal(0, code);
        Assert.Contains("from between 2014-05-19 and 2014-05-20 to the end of the horizon", output.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("2013-11-01", output, StringComparison.Ordinal);
    }
}
