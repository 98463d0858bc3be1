using System.Text.Json;
using Parley.Core.Model.Conflicts;
using Parley.Core.Stability;
using Parley.Formats.Gmcr;
using Parley.Tests;

namespace Parley.Cli.Tests.Commands;

public class StabilityCommandTests
{
    private static string Istanbul => Path.Combine(RepoPaths.Root, "scenarios", "istanbul-2025.yaml");

    private static string Gmcr(string name) => Path.Combine(RepoPaths.Reference, "gmcr", "data", name);

    [ReferenceFact]
    public void Stability_Istanbul_PrintsEquilibriaStatusQuoAndPaths()
    {
        var (code, output) = CliRun.Invoke("stability", Istanbul, "--from-status-quo", "--coalition", "US,EU");
        Assert.Equal(0, code);
        Assert.Contains("Status quo: state", output, StringComparison.Ordinal);
        Assert.Contains("From the status quo to the Nash equilibria", output, StringComparison.Ordinal);
        Assert.Contains("Coalition US+EU", output, StringComparison.Ordinal);
    }

    private static string MediatorSanction => Path.Combine(AppContext.BaseDirectory, "TestData", "mediator-sanction.yaml");

    [Fact]
    public void Stability_StatusQuoHeldByMediatorSanction_SaysInOptionNamesWhatTemptsAndWhatDeters()
    {
        var (code, output) = CliRun.Invoke("stability", MediatorSanction);
        Assert.Equal(0, code);
        string flat = string.Join(' ', output.Split(new[] { '\n', '\r', ' ' }, StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Nash: not stable for RU.", flat, StringComparison.Ordinal);
        Assert.Contains("RU would gain by choosing to leave the talks, and under Nash stability no response counts.", flat, StringComparison.Ordinal);
        Assert.Contains("SEQ: stable for every decision maker; held by sanctions for RU.", flat, StringComparison.Ordinal);
        Assert.Contains("RU would gain by choosing to leave the talks, but US would then choose to resume aid to Ukraine, which RU ranks below the status quo.", flat, StringComparison.Ordinal);
        Assert.Contains("Nothing tempts UA, US", flat, StringComparison.Ordinal);
    }

    [Fact]
    public void Stability_StatusQuoHeldByMediatorSanctionJson_CarriesDeterrenceWithOptionIds()
    {
        var (code, output) = CliRun.Invoke("stability", MediatorSanction, "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var statusQuo = doc.RootElement.GetProperty("statusQuo");
        Assert.Equal("none", statusQuo.GetProperty("state").GetProperty("id").GetString());
        Assert.Equal("RU: —; UA: —; US: —", statusQuo.GetProperty("state").GetProperty("words").GetString());
        var deterrence = statusQuo.GetProperty("deterrence").EnumerateArray().ToList();
        var nash = deterrence.Single(d => d.GetProperty("concept").GetString() == "nash" && d.GetProperty("decisionMaker").GetString() == "RU");
        Assert.Equal("unsanctioned", nash.GetProperty("basis").GetString());
        var seq = deterrence.Single(d => d.GetProperty("concept").GetString() == "seq" && d.GetProperty("decisionMaker").GetString() == "RU");
        Assert.Equal("sanctioned", seq.GetProperty("basis").GetString());
        var move = seq.GetProperty("improvements")[0];
        Assert.Equal("ru-leave", move.GetProperty("taken")[0].GetString());
        Assert.Equal("ru-leave", move.GetProperty("toId").GetString());
        var step = move.GetProperty("sanction")[0];
        Assert.Equal("US", step.GetProperty("mover").GetString());
        Assert.Equal("us-aid", step.GetProperty("taken")[0].GetString());
        Assert.Equal("ru-leave+us-aid", move.GetProperty("endId").GetString());
        Assert.Contains("US would then choose to resume aid to Ukraine", move.GetProperty("sentence").GetString(), StringComparison.Ordinal);
        var us = deterrence.Single(d => d.GetProperty("concept").GetString() == "seq" && d.GetProperty("decisionMaker").GetString() == "US");
        Assert.Equal("no-improvement", us.GetProperty("basis").GetString());

        // Every explained state carries the same words: state 2 (RU has left) under SEQ, for the US.
        var seqConcept = doc.RootElement.GetProperty("concepts").EnumerateArray().Single(c => c.GetProperty("concept").GetString() == "seq");
        var two = seqConcept.GetProperty("stability")[1].GetProperty("decisionMakers").EnumerateArray().Single(d => d.GetProperty("decisionMaker").GetString() == "US");
        Assert.Equal("unsanctioned", two.GetProperty("explanation").GetProperty("basis").GetString());
        Assert.StartsWith("US would gain by choosing to resume aid to Ukraine", two.GetProperty("explanation").GetProperty("sentence").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_MediatorSanctionClaims_WithoutTheMediatorIsRefuted()
    {
        var (code, output) = CliRun.Invoke("analyze", MediatorSanction, "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var verdicts = doc.RootElement.GetProperty("claims").EnumerateArray().ToDictionary(c => c.GetProperty("claimId").GetString()!, c => c.GetProperty("verdict").GetString());
        Assert.Equal("supported", verdicts["held-by-the-mediator"]);
        Assert.Equal("refuted", verdicts["mechanism"]);
        Assert.Equal("refuted", verdicts["mechanism-option"]);
    }

    [ReferenceFact]
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
        // Options as ids taken per decision maker (no Y/N codes): state 1 is NYN for US Support.
        var taken = doc.RootElement.GetProperty("states")[0].GetProperty("options").GetProperty("US Support").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Single(taken);
    }

    [ReferenceFact]
    public void Stability_SyriaIraqInverseJson_ReproducesTextbookCounts()
    {
        using var vectors = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Reference, "gmcr", "test-vectors.json")));
        var expected = vectors.RootElement.GetProperty("gmcrpy_SyriaIraq").GetProperty("inverse_gmcr");
        int desired = expected.GetProperty("desired_state").GetInt32();
        var (code, output) = CliRun.Invoke("stability", Gmcr("SyriaIraq.gmcr"), "--inverse", $"{desired}", "--decision-maker", "Syria", "--positions", "6", "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var inverse = doc.RootElement.GetProperty("inverse");
        Assert.Equal(desired, inverse.GetProperty("state").GetInt32());
        Assert.Equal("Syria", inverse.GetProperty("decisionMaker").GetString());
        Assert.Equal(6, inverse.GetProperty("positions").GetInt32());
        Assert.Equal(720, inverse.GetProperty("candidateCount").GetInt32());
        var concepts = inverse.GetProperty("concepts").EnumerateArray().ToDictionary(c => c.GetProperty("concept").GetString()!);
        foreach (var count in expected.GetProperty("textbook_counts").EnumerateObject())
        {
            Assert.Equal(count.Value.GetInt32(), concepts[count.Name].GetProperty("count").GetInt32());
        }

        foreach (var concept in doc.RootElement.GetProperty("concepts").EnumerateArray())
        {
            string name = concept.GetProperty("concept").GetString()!;
            bool equilibrium = concept.GetProperty("equilibria").EnumerateArray().Any(e => e.GetInt32() == desired);
            Assert.Equal(equilibrium, concepts[name].GetProperty("stableNow").GetBoolean());
            Assert.Equal([1, 2, 3, 4, 5, 6], concepts[name].GetProperty("example").EnumerateArray().Select(e => e.GetInt32()).Order());
        }

        Assert.Equal([1, 3, 6, 2, 4, 5], inverse.GetProperty("currentRanking").EnumerateArray().Select(e => e.GetInt32()));
    }

    [ReferenceFact]
    public void Stability_SyriaIraqInverseExampleRankings_MakeTheStateAnEquilibrium()
    {
        // Each example is one of the counted rankings: tested alone with the engine, it must count again.
        var (_, output) = CliRun.Invoke("stability", Gmcr("SyriaIraq.gmcr"), "--inverse", "2", "--decision-maker", "Syria", "--format", "json");
        using var doc = JsonDocument.Parse(output);
        var graph = GraphModel.FromConflict(GmcrReader.Read(Gmcr("SyriaIraq.gmcr")).Value!.Conflict);
        int syria = graph.DecisionMakers.IndexOf("Syria");
        var concepts = doc.RootElement.GetProperty("inverse").GetProperty("concepts").EnumerateArray().ToList();
        Assert.Equal(6, concepts.Count);
        foreach (var entry in concepts)
        {
            var concept = Enum.GetValues<StabilityConcept>().Single(c => Parley.Formats.Json.StabilityJson.Name(c) == entry.GetProperty("concept").GetString());
            var example = entry.GetProperty("example").EnumerateArray().Select(e => e.GetInt32() - 1).ToArray();
            var single = InverseAnalysis.Run(graph, 1, syria, [[.. example]], [concept]);
            Assert.Equal(1, single.Count(concept));
        }
    }

    [ReferenceFact]
    public void Stability_SyriaIraqInverseText_PrintsCountsPerConcept()
    {
        var (code, output) = CliRun.Invoke("stability", Gmcr("SyriaIraq.gmcr"), "--inverse", "2", "--decision-maker", "Syria");
        Assert.Equal(0, code);
        Assert.Contains("Inverse GMCR", output, StringComparison.Ordinal);
        Assert.Contains("720 rankings tried", output, StringComparison.Ordinal);
        var smr = output.Split('\n').Single(l => l.TrimStart().StartsWith("SMR ", StringComparison.Ordinal) && l.Contains('%', StringComparison.Ordinal));
        Assert.Contains(" 300 ", smr, StringComparison.Ordinal);
    }

    [ReferenceFact]
    public void Stability_IstanbulInverse_DefaultsToSixPositions()
    {
        var (code, output) = CliRun.Invoke("stability", Istanbul, "--inverse", "1", "--decision-maker", "US", "--concept", "nash", "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var inverse = doc.RootElement.GetProperty("inverse");
        Assert.Equal(6, inverse.GetProperty("positions").GetInt32());
        Assert.Equal(720, inverse.GetProperty("candidateCount").GetInt32());
        Assert.Equal(doc.RootElement.GetProperty("stateCount").GetInt32(), inverse.GetProperty("currentRanking").GetArrayLength());
    }

    [ReferenceFact]
    public void Stability_WithoutInverse_WritesNoInverseObject()
    {
        var (_, output) = CliRun.Invoke("stability", Gmcr("SyriaIraq.gmcr"), "--format", "json");
        using var doc = JsonDocument.Parse(output);
        Assert.False(doc.RootElement.TryGetProperty("inverse", out _));
    }

    [ReferenceTheory]
    [InlineData("--inverse 0 --decision-maker Syria", "--inverse 0")]
    [InlineData("--inverse 7 --decision-maker Syria", "1 to 6")]
    [InlineData("--inverse two --decision-maker Syria", "--inverse two names no state")]
    [InlineData("--inverse 2 --decision-maker Syria --positions six", "--positions six is not a number")]
    [InlineData("--inverse 2 --decision-maker Turkey", "--decision-maker 'Turkey'")]
    [InlineData("--inverse 2", "needs --decision-maker")]
    [InlineData("--inverse 2 --decision-maker Syria --positions 7", "the conflict has 6 states")]
    [InlineData("--inverse 2 --decision-maker Syria --positions 0", "--positions 0")]
    [InlineData("--decision-maker Syria", "add --inverse")]
    [InlineData("--positions 3", "add --inverse")]
    public void Stability_BadInverseOptions_AreUsageErrors(string options, string expected)
    {
        var (code, output) = CliRun.Invoke(["stability", Gmcr("SyriaIraq.gmcr"), .. options.Split(' ')]);
        Assert.Equal(2, code);
        Assert.Contains("Usage error:", output, StringComparison.Ordinal);
        Assert.Contains(expected, output.ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [ReferenceFact]
    public void Stability_ScenarioInverseTooManyPositions_IsUsageErrorNamingTheEngineLimit()
    {
        var (code, output) = CliRun.Invoke("stability", Istanbul, "--inverse", "1", "--decision-maker", "US", "--positions", "11");
        Assert.Equal(2, code);
        Assert.Contains("at most 10", output, StringComparison.Ordinal);
    }

    [ReferenceFact]
    public void Stability_UnknownCoalitionMember_IsUsageError()
    {
        var (code, output) = CliRun.Invoke("stability", Istanbul, "--coalition", "US,XX");
        Assert.Equal(2, code);
        Assert.Contains("--coalition", output, StringComparison.Ordinal);
    }

    [ReferenceFact]
    public void Stability_UnknownConcept_IsUsageError()
    {
        var (code, _) = CliRun.Invoke("stability", Istanbul, "--concept", "nm");
        Assert.Equal(2, code);
    }

    [ReferenceFact]
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
