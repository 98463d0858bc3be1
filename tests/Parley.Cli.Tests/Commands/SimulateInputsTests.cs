using System.Text;
using System.Text.Json;
using Parley.Tests;

namespace Parley.Cli.Tests.Commands;

/// <summary><c>simulate</c> reads what <c>agree</c> reads, refuses tournaments too large before running them, and honours a budget.</summary>
public sealed class SimulateInputsTests
{
    [Fact]
    public void Simulate_GeniusDomainAndProfiles_RunsTheTournament()
    {
        string folder = RepoPaths.InReference("negotiation", "yasserfarouk-negmas", "tests", "data", "scenarios", "anac", "y2011", "Laptop");
        var (code, output) = CliRun.Invoke("simulate", Path.Combine(folder, "laptop_domain.xml"), Path.Combine(folder, "laptop_buyer_utility.xml"), Path.Combine(folder, "laptop_seller_utility.xml"), "--format", "json", "--rounds", "20");

        Assert.Equal(ExitCodes.Ok, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(25, doc.RootElement.GetProperty("tracks")[0].GetProperty("negotiations").GetArrayLength());
    }

    [Fact]
    public void Simulate_GeniusWebDomainAndProfiles_RunsTheTournament()
    {
        string folder = RepoPaths.InReference("negotiation", "yasserfarouk-negmas", "src", "negmas", "tests", "data", "geniusweb", "Party");
        var (code, output) = CliRun.Invoke("simulate", Path.Combine(folder, "party.json"), Path.Combine(folder, "party1.json"), Path.Combine(folder, "party2.json"), "--format", "json", "--rounds", "20");

        Assert.Equal(ExitCodes.Ok, code);
        using var doc = JsonDocument.Parse(output);
        Assert.True(doc.RootElement.GetProperty("tracks")[0].GetProperty("negotiations").GetArrayLength() > 0);
    }

    [Fact]
    public void Simulate_EightParties_SkipsTheTrackWithTheLimitBeforeRunning()
    {
        string path = Path.Combine(Path.GetTempPath(), $"parley-eight-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, EightParties());
        try
        {
            var (code, output) = CliRun.Invoke("simulate", path, "--format", "json", "--rounds", "10");

            Assert.Equal(ExitCodes.Ok, code);
            using var doc = JsonDocument.Parse(output);
            string skipped = doc.RootElement.GetProperty("tracks")[0].GetProperty("skipped").GetString()!;
            Assert.Contains("5^8 = 390,625", skipped, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Simulate_OverItsBudget_StopsWith130AndWritesNothing()
    {
        string path = Path.Combine(Path.GetTempPath(), $"parley-six-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, EightParties(6));
        try
        {
            var (code, output) = CliRun.Invoke("simulate", path, "--format", "json", "--rounds", "100000", "--budget", "1");

            Assert.Equal(ExitCodes.Cancelled, code);
            Assert.Contains("time budget of 1 s ran out", output, StringComparison.Ordinal);
            Assert.DoesNotContain("\"tracks\"", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string EightParties(int parties = 8)
    {
        var text = new StringBuilder("title: Eight parties\nactors:\n");
        for (int i = 0; i < parties; i++)
        {
            text.Append("  - {id: A").Append(i).Append(", role: party, capability: 0.5}\n");
        }

        text.Append("issues:\n  - {id: price, track: deal, options: [low, mid, high]}\npositions:\n");
        for (int i = 0; i < parties; i++)
        {
            text.Append("  - actor: A").Append(i).Append("\n    walk-away: 0.2\n    issues:\n      price: {prefer: ").Append(i % 2 == 0 ? "high" : "low").Append("}\n");
        }

        return text.ToString();
    }
}
