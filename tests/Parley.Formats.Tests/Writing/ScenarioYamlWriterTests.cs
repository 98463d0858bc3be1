using System.Collections.Immutable;
using Parley.Core.Model;
using Parley.Formats.Genius;
using Parley.Formats.GeniusWeb;
using Parley.Formats.Writing;
using Parley.Formats.Yaml;
using Parley.Tests;

namespace Parley.Formats.Tests.Writing;

/// <summary>Write → read gives the scenario that was written, for every bundled scenario, every valid test file and imported files.</summary>
public sealed class ScenarioYamlWriterTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepoPaths.InRepo("scenarios"), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(file);
        }

        foreach (var file in Directory.GetFiles(FormatsReference.TestData("valid"), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void WriteThenRead_GivesTheSameScenario(string file)
    {
        var read = ScenarioReader.ReadFile(file);
        Assert.True(read.Succeeded, string.Join(Environment.NewLine, read.Diagnostics));

        var written = ScenarioYamlWriter.Write(read.Value!);

        Assert.Empty(written.Losses);
        AssertReadsBack(read.Value!, written.Yaml);
    }

    [Fact]
    public void Texts_WithQuotesColonsNewlinesAndYamlWords_ReadBackVerbatim()
    {
        var scenario = ScenarioReader.Read(File.ReadAllText(RepoPaths.InRepo("scenarios", "car-sale.yaml")), "car-sale.yaml").Value!;
        var actors = scenario.Actors.SetItem(0, scenario.Actors[0] with { Name = "yes", Description = "A \"buyer\": says\n# not a comment\t\\ 'no' & *alias ~ null" });
        var odd = scenario.With(actors: actors);

        AssertReadsBack(odd, ScenarioYamlWriter.Write(odd).Yaml);
    }

    [Fact]
    public void Equivalence_SeesAWeightMovedInItsLastDigits_AndAReorderedCondition_AsWhatTheyAre()
    {
        var scenario = ScenarioReader.Read(File.ReadAllText(RepoPaths.InRepo("scenarios", "istanbul-2025.yaml")), "istanbul.yaml").Value!;
        var stand = scenario.Positions[0].Issues[0];
        var moved = scenario.With(positions: scenario.Positions.SetItem(0, scenario.Positions[0] with { Issues = scenario.Positions[0].Issues.SetItem(0, stand with { Weight = stand.Weight.WithValue(stand.Weight.Value + 1e-9) }) }));

        Assert.Equal("scenario.Positions[0].Issues[0].Weight.Value", ScenarioEquivalence.FirstDifference(scenario, moved)?.Split(':')[0]);
        var a = Core.Model.Conflicts.OptionCondition.Option("a");
        var b = Core.Model.Conflicts.OptionCondition.Option("b");
        Assert.Null(ScenarioEquivalence.FirstDifference(Core.Model.Conflicts.OptionCondition.Or(a, b), Core.Model.Conflicts.OptionCondition.Or(b, a)));
        Assert.NotNull(ScenarioEquivalence.FirstDifference(Core.Model.Conflicts.OptionCondition.Or(a, b), Core.Model.Conflicts.OptionCondition.And(a, b)));
    }

    [ReferenceFact]
    public void GeniusImport_WriteThenRead_GivesTheImport_SaveForTheNamedLosses()
    {
        string dir = ReferenceData.File("yasserfarouk-negmas/tests/data/scenarios/anac/y2012/LaptopA");
        var read = GeniusImporter.Read(Path.Combine(dir, "Laptop-A-domain.xml"), [Path.Combine(dir, "Laptop-A-prof1.xml"), Path.Combine(dir, "Laptop-A-prof2.xml")]).Value!;
        var (imported, renames) = ImportedScenarios.WithValidIds(read);
        Assert.Contains(renames, r => r.Contains("'External Monitor'", StringComparison.Ordinal));
        Assert.Equal("External Monitor", imported.Issues.Single(i => i.Id == "External-Monitor").Name);

        var written = ScenarioYamlWriter.Write(imported);

        // The discount factor and GENIUS's un-normalised weights have no key: each is named, and the rest reads back.
        Assert.Equal(4, written.Losses.Length);
        AssertReadsBack(ScenarioEquivalence.WithoutGeniusRules(imported), written.Yaml);
    }

    [ReferenceFact]
    public void GmcrImport_ThroughTheWorkspacesImport_IsAScenarioWithTheConflict()
    {
        string text = File.ReadAllText(RepoPaths.InReference("gmcr", "data", "Prisoners.gmcr"));
        var file = Parley.Formats.Gmcr.GmcrReader.Parse(text, "Prisoners.gmcr").Value!;

        var (scenario, _) = ImportedScenarios.FromGmcr(file, "Prisoners.gmcr");

        Assert.Equal(file.Conflict.DecisionMakers.Length, scenario.Actors.Length);
        Assert.Equal(file.Conflict.AllOptions.Select(o => o.Id), scenario.Conflict!.AllOptions.Select(o => o.Id));
        Assert.All(scenario.Actors, a => Assert.DoesNotContain(' ', a.Id));
    }

    [Fact]
    public void GeniusWebImport_WriteThenRead_GivesTheImport()
    {
        const string domain = """{"name": "bar", "issuesValues": {"Drink": {"values": ["tea", "beer"]}, "price": {"range": [12.2, 12.8, 0.3]}}}""";
        const string profile = """
            {"LinearAdditiveUtilitySpace": {"name": "buyer",
              "issueUtilities": {"Drink": {"discreteutils": {"valueUtilities": {"tea": 0.2, "beer": 1.0}}},
                "price": {"numberutils": {"lowValue": 12.2, "lowUtility": 1.0, "highValue": 12.8, "highUtility": 0.0}}},
              "issueWeights": {"Drink": 0.5, "price": 0.5},
              "reservationBid": {"issuevalues": {"Drink": "tea", "price": 12.5}}}}
            """;
        var (imported, _) = ImportedScenarios.WithValidIds(GeniusWebImporter.Parse(new SourceText("bar.json", domain), [new SourceText("p.json", profile)]).Value!);

        var written = ScenarioYamlWriter.Write(imported);

        AssertReadsBack(ScenarioEquivalence.WithoutGeniusRules(imported), written.Yaml);
    }

    public static TheoryData<string> GmcrFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepoPaths.InReference("gmcr", "data"), "*.gmcr").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [ReferenceTheory]
    [MemberData(nameof(GmcrFiles))]
    public void GmcrImport_WriteThenRead_GivesTheConflict(string name)
    {
        var file = Parley.Formats.Gmcr.GmcrReader.Read(RepoPaths.InReference("gmcr", "data", name));
        Assert.True(file.Succeeded, string.Join(Environment.NewLine, file.Diagnostics));
        var (imported, _) = ImportedScenarios.FromGmcr(file.Value!, name);

        var written = ScenarioYamlWriter.Write(imported);

        Assert.Empty(written.Losses);
        AssertReadsBack(imported, written.Yaml);
    }

    internal static void AssertReadsBack(Scenario expected, string yaml)
    {
        var back = ScenarioReader.Read(yaml, "written.yaml");
        Assert.True(back.Succeeded, string.Join(Environment.NewLine, back.Diagnostics) + Environment.NewLine + yaml);
        Assert.Null(ScenarioEquivalence.FirstDifference(expected, back.Value));
    }
}
