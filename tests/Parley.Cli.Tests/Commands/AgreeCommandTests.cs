using System.Text.Json;
using Parley.Cli;
using Parley.Tests;
using Spectre.Console;

namespace Parley.Cli.Tests.Commands;

public class AgreeCommandTests
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "TestData", "istanbul-like.yaml");

    private static (int Code, string Output) Run(params string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 200;
        int code = ParleyApp.Run(args, console);
        return (code, writer.ToString());
    }

    private static string Negotiation() => RepoPaths.InReference("negotiation");

    [Fact]
    public void Agree_Scenario_PrintsVerdictsCommonGroundBlockingSetsAndProposals()
    {
        var (code, output) = Run("agree", Fixture);
        Assert.Equal(0, code);
        Assert.Contains("Verdict per track", output, StringComparison.Ordinal);
        Assert.Contains("agreement possible", output, StringComparison.Ordinal);
        Assert.Contains("no agreement", output, StringComparison.Ordinal);
        Assert.Contains("1000-for-1000", output, StringComparison.Ordinal);
        Assert.Contains("Minimal blocking sets", output, StringComparison.Ordinal);
        Assert.Contains("Bargaining solutions", output, StringComparison.Ordinal);
        Assert.Contains("us-framework", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Agree_Json_HasTheDocumentedFields()
    {
        var (code, output) = Run("agree", Fixture, "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(108, root.GetProperty("whole").GetProperty("outcomes").GetInt64());
        Assert.True(root.GetProperty("whole").GetProperty("agreementSpace").GetProperty("empty").GetBoolean());
        Assert.Equal(0, root.GetProperty("whole").GetProperty("agreementSpace").GetProperty("size").GetInt64());
        Assert.Equal("no-agreement", root.GetProperty("whole").GetProperty("verdict").GetString());
        Assert.True(root.GetProperty("whole").GetProperty("blockingSets").GetArrayLength() > 0);
        Assert.Equal(0, root.GetProperty("whole").GetProperty("paretoFrontier").GetArrayLength());

        var humanitarian = root.GetProperty("tracks")[2];
        Assert.Equal("agreement-possible", humanitarian.GetProperty("verdict").GetString());
        Assert.Equal(1, humanitarian.GetProperty("agreementSpace").GetProperty("size").GetInt64());
        var nash = humanitarian.GetProperty("solutions").GetProperty("nash")[0];
        Assert.Equal("1000-for-1000", nash.GetProperty("package").GetProperty("prisoner-exchange").GetString());
        Assert.Equal(0.76, nash.GetProperty("utilities").GetProperty("UA").GetDouble(), 9);
        foreach (var name in new[] { "kalaiSmorodinsky", "egalitarian", "utilitarian" })
        {
            Assert.Equal(1, humanitarian.GetProperty("solutions").GetProperty(name).GetArrayLength());
        }

        var proposal = root.GetProperty("proposals")[0];
        Assert.Equal("us-framework", proposal.GetProperty("id").GetString());
        Assert.False(proposal.GetProperty("acceptedByAll").GetBoolean());
        Assert.Equal(3, proposal.GetProperty("responses")[0].GetProperty("breaches").GetArrayLength());
    }

    [Fact]
    public void Agree_TrackAndLever_AnalysesTheDerivedScenario()
    {
        var (code, output) = Run("agree", Fixture, "--track", "ceasefire", "--lever", "ua-accepts-withdrawal", "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var ceasefire = Assert.Single(doc.RootElement.GetProperty("tracks").EnumerateArray());
        var first = ceasefire.GetProperty("blockingSets")[0];
        Assert.Equal(1, first.GetProperty("size").GetInt32());
        Assert.Equal("walk-away", first.GetProperty("demands")[0].GetProperty("kind").GetString());
        Assert.Equal("ua-accepts-withdrawal", doc.RootElement.GetProperty("levers")[0].GetString());
    }

    [Fact]
    public void Agree_UnknownTrack_IsAUsageErrorNamingTheTracks()
    {
        var (code, output) = Run("agree", Fixture, "--track", "energy");
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("ceasefire, settlement, humanitarian", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Agree_UnknownLever_IsAUsageError()
    {
        var (code, output) = Run("agree", Fixture, "--lever", "nope");
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("ua-accepts-withdrawal", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Agree_MissingFile_ReportsADiagnostic()
    {
        var (code, _) = Run("agree", Path.Combine(AppContext.BaseDirectory, "TestData", "missing.yaml"));
        Assert.Equal(ExitCodes.InputErrors, code);
    }

    [ReferenceFact]
    public void Agree_GeniusDomainAndProfiles_AnalysesTheImportedDomain()
    {
        string folder = Path.Combine(Negotiation(), "yasserfarouk-negmas", "tests", "data", "scenarios", "anac", "y2011", "Laptop");
        var (code, output) = Run("agree", Path.Combine(folder, "laptop_domain.xml"), Path.Combine(folder, "laptop_buyer_utility.xml"), Path.Combine(folder, "laptop_seller_utility.xml"), "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(27, doc.RootElement.GetProperty("whole").GetProperty("outcomes").GetInt64());
        Assert.False(doc.RootElement.GetProperty("whole").GetProperty("agreementSpace").GetProperty("empty").GetBoolean());
        Assert.True(doc.RootElement.GetProperty("whole").GetProperty("paretoFrontier").GetArrayLength() > 0);
    }

    [ReferenceFact]
    public void Agree_GeniusWebDomainAndProfiles_AnalysesTheImportedDomain()
    {
        string folder = Path.Combine(Negotiation(), "yasserfarouk-negmas", "src", "negmas", "tests", "data", "geniusweb", "Party");
        var (code, output) = Run("agree", Path.Combine(folder, "party.json"), Path.Combine(folder, "party1.json"), Path.Combine(folder, "party2.json"), "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.True(doc.RootElement.GetProperty("whole").GetProperty("outcomes").GetInt64() > 0);
        Assert.NotNull(doc.RootElement.GetProperty("whole").GetProperty("verdict").GetString());
    }

    [Fact]
    public void Agree_GeniusDomainWithoutProfiles_IsAUsageError()
    {
        var (code, _) = Run("agree", "domain.xml");
        Assert.Equal(ExitCodes.UsageError, code);
    }
}
