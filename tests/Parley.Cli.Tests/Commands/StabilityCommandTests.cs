using System.Text.Json;
using Parley.Tests;

namespace Parley.Cli.Tests.Commands;

public class StabilityCommandTests
{
    private static string Istanbul => Path.Combine(RepoPaths.Root, "scenarios", "istanbul-2025.yaml");

    private static string Gmcr(string name) => Path.Combine(RepoPaths.Reference, "gmcr", "data", name);

    [Fact]
    public void Stability_Istanbul_PrintsEquilibriaStatusQuoAndPaths()
    {
        var (code, output) = CliRun.Invoke("stability", Istanbul, "--from-status-quo", "--coalition", "US,EU");
        Assert.Equal(0, code);
        Assert.Contains("Status quo: state", output, StringComparison.Ordinal);
        Assert.Contains("From the status quo to the nash equilibria", output, StringComparison.Ordinal);
        Assert.Contains("Coalition US+EU", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Stability_GarrisonJson_HasTextbookGmrEquilibriaAndExplanations()
    {
        var (code, output) = CliRun.Invoke("stability", Gmcr("Garrison.gmcr"), "--concept", "gmr", "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var gmr = doc.RootElement.GetProperty("concepts")[0];
        Assert.Equal("gmr", gmr.GetProperty("concept").GetString());
        Assert.Equal([2, 3, 4, 6, 8, 10, 11, 13, 14, 15, 17, 18, 19, 21, 22], gmr.GetProperty("equilibria").EnumerateArray().Select(e => e.GetInt32()));
        var six = gmr.GetProperty("stability")[5];
        Assert.Equal(6, six.GetProperty("ordinal").GetInt32());
        var co = six.GetProperty("decisionMakers").EnumerateArray().Single(d => d.GetProperty("decisionMaker").GetString() == "Canadian Opposition");
        Assert.True(co.GetProperty("stable").GetBoolean());
        var sanction = co.GetProperty("explanation").GetProperty("improvements").EnumerateArray().Single(i => i.GetProperty("to").GetInt32() == 2).GetProperty("sanction");
        Assert.Equal(3, sanction.GetArrayLength());
        Assert.Equal(34, doc.RootElement.GetProperty("states")[0].GetProperty("decimal").GetInt32());
        Assert.Equal("NYN", doc.RootElement.GetProperty("states")[0].GetProperty("options").GetProperty("US Support").GetString());
    }

    [Fact]
    public void Stability_UnknownCoalitionMember_IsUsageError()
    {
        var (code, output) = CliRun.Invoke("stability", Istanbul, "--coalition", "US,XX");
        Assert.Equal(2, code);
        Assert.Contains("--coalition", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Stability_UnknownConcept_IsUsageError()
    {
        var (code, _) = CliRun.Invoke("stability", Istanbul, "--concept", "nm");
        Assert.Equal(2, code);
    }

    [Fact]
    public void Stability_BrokenGmcr_PrintsDiagnosticsAndExitsOne()
    {
        string file = Path.Combine(Path.GetTempPath(), $"parley-broken-{Guid.NewGuid():N}.gmcr");
        File.WriteAllText(file, "{\"options\": [");
        try
        {
            var (code, output) = CliRun.Invoke("stability", file);
            Assert.Equal(1, code);
            Assert.Contains("GMCR001", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
