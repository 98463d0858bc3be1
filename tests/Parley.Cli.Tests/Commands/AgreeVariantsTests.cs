using System.Text.Json;
using Parley.Tests;

namespace Parley.Cli.Tests.Commands;

/// <summary><c>agree --format json</c> carries every bargaining solution the text shows, the GENIUS and NegMAS conventions included.</summary>
public sealed class AgreeVariantsTests
{
    [Fact]
    public void Agree_Json_HasEverySolutionTheTextShows()
    {
        string file = RepoPaths.InRepo("scenarios", "car-sale.yaml");
        var (_, text) = CliRun.Invoke("agree", file);
        var (code, json) = CliRun.Invoke("agree", file, "--format", "json");

        Assert.Equal(ExitCodes.Ok, code);
        using var doc = JsonDocument.Parse(json);
        var solutions = doc.RootElement.GetProperty("whole").GetProperty("solutions");
        var rows = new Dictionary<string, string>
        {
            ["Nash "] = "nash", ["egalitarian"] = "egalitarian", ["utilitarian"] = "utilitarian",
            ["Nash (GENIUS)"] = "nashGenius", ["Kalai–Smorodinsky (NegMAS)"] = "kalaiSmorodinskyNegmas",
        };
        foreach (var (row, key) in rows)
        {
            Assert.Contains(row, text, StringComparison.Ordinal);
            Assert.True(solutions.GetProperty(key).GetArrayLength() > 0, key);
        }

        Assert.True(solutions.GetProperty("kalaiSmorodinskyGenius").GetArrayLength() > 0);
        Assert.True(solutions.GetProperty("nash")[0].GetProperty("tiedPackages").GetInt32() >= 1);
    }
}
