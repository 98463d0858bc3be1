using System.Globalization;
using Parley.Core.Forecast;
using Parley.Core.Model;
using Parley.Core.Session;
using Parley.Core.Variants;
using Parley.Formats.Ktab;
using Parley.Formats.Tests.Writing;
using Parley.Formats.Writing;
using Parley.Formats.Yaml;
using Parley.Tests;

namespace Parley.Formats.Tests.Ktab;

/// <summary>
/// A KTAB CSV imported as a scenario forecasts as the file does: the forecast lens on the scenario (as stored:
/// written as YAML and read back) settles where <c>parley forecast FILE</c> does, model by model.
/// </summary>
public sealed class KtabImporterTests
{
    public static TheoryData<string> ReferenceFiles() => ["SOE-Policy.csv", "SOE-Competitive.csv", "SOE-Pol-Comp.csv", "dummyData_3Dim.csv"];

    private const string Small = """
        Small; test,"three actors, two dimensions",3,2,
        Actor,Description,Influence,Tax Position,Tax Salience,Rent Position,Rent Salience,
        Big One,first,120,10,60,80,40,
        B,second,60,55,20,30,30,
        C,third,0,90,0,50,0,
        """;

    [ReferenceTheory]
    [MemberData(nameof(ReferenceFiles))]
    public void ForecastLens_OnTheImportedScenario_SettlesWhereTheKtabFileDoes(string name)
    {
        string path = FormatsReference.Forecasting($"ktab/{name}");
        var direct = ForecastFiles.Read(path).Value!;
        var models = Enum.GetValues<ForecastModel>();
        var expected = ForecastAnalysis.Run(direct.Subjects, models, ForecastSettings.Default with { SpatialPolitics = direct.SpatialPolitics });

        var imported = KtabImporter.Parse(new SourceText(path, File.ReadAllText(path)));
        Assert.True(imported.Succeeded, string.Join("\n", imported.Diagnostics));
        var stored = Stored(imported.Value!);
        var session = new LensSession(stored);

        Assert.Equal(direct.Subjects[0].IssueIds.Length, stored.Issues.Length);
        bool joint = stored.Issues.Length > 1;
        Assert.Equal(joint, imported.Diagnostics.Any(d => d.Code == "PF0115"));
        int compared = 0;
        for (int k = 0; k < stored.Issues.Length; k++)
        {
            var issue = expected.Issues[k];
            foreach (var forecast in issue.Forecasts)
            {
                // KTAB's spatial model bargains over all dimensions at once; the scenario's lens forecasts each
                // issue on its own (said by PF0115), so only one-dimensional files are held to it.
                if (joint && forecast.Model == ForecastModel.SpatialPolitics)
                {
                    continue;
                }

                var lens = session.Forecast(VariantKey.AsGiven, stored.Issues[k].Id, forecast.Model);
                Assert.NotNull(lens);
                Assert.True(forecast.Value == lens.Point, $"{name}, {issue.Name}, {forecast.Model}: KTAB file {Show(forecast.Value)}, imported scenario {Show(lens.Point)}");
                compared += forecast.Value is null ? 0 : 1;
            }
        }

        Assert.True(compared >= stored.Issues.Length * 4);
    }

    [ReferenceFact]
    public void Import_SoePolComp_KeepsCapabilitiesPositionsAndSaliences_AndNormalisesTheWeights()
    {
        string path = FormatsReference.Forecasting("ktab/SOE-Pol-Comp.csv");
        var ktab = KtabCsvReader.ReadFile(path).Value!.Problem;
        var scenario = Stored(KtabImporter.Parse(new SourceText(path, File.ReadAllText(path))).Value!);

        Assert.Equal("SOE-Pol-Comp", scenario.Title);
        Assert.Equal(["Policy-Position", "Competitive-Position"], scenario.Issues.Select(i => i.Id));
        Assert.Equal("Policy Position", scenario.Issues[0].Name);
        Assert.All(scenario.Issues, i => Assert.Equal(new NumericRange(0, 100, null, null), i.Range));
        double strongest = scenario.Actors.Max(a => a.Capability!.Value);
        for (int a = 0; a < ktab.ActorCount; a++)
        {
            var actor = scenario.Actors[a];
            Assert.Equal(ktab.Actors[a], actor.Id);
            Assert.Equal(ktab.Capability(a) / ktab.Capability(0), actor.Capability!.Value / scenario.Actors[0].Capability!.Value);
            Assert.Equal(Provenance.Stated, actor.Capability.Provenance);
            var position = scenario.PositionOf(actor.Id)!;
            double total = ktab.Salience(a, 0) + ktab.Salience(a, 1);
            for (int d = 0; d < 2; d++)
            {
                var stand = position.Issues[d];
                Assert.Equal(ktab.Position(a, d), stand.PreferredValue);
                Assert.Equal(ktab.Salience(a, d), stand.Salience!.Value);
                Assert.Equal(ktab.Salience(a, d) / total, stand.Weight.Value, 12);
                Assert.Equal(Provenance.Stated, stand.Provenance);
                Assert.Equal(KtabImporter.SourceId, Assert.Single(stand.Sources));
                Assert.Equal(Provenance.Stated, stand.Salience.Provenance);
            }
        }

        Assert.True(strongest is > 0.5 and <= 1);
    }

    [Fact]
    public void Import_ActorWithoutAnySalience_GetsEqualAssumedWeights_AndIdsWithSpacesAreRenamed()
    {
        var read = KtabImporter.Parse(new SourceText("small test.csv", Small));
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        var (scenario, changes) = ImportedScenarios.WithValidIds(read.Value!);
        Assert.Contains(changes, c => c.Contains("'Big One'", StringComparison.Ordinal));
        Assert.Contains(read.Diagnostics, d => d.Code == "PF0115");

        var c = scenario.PositionOf("C")!;
        Assert.All(c.Issues, s => Assert.Equal(0.5, s.Weight.Value));
        Assert.All(c.Issues, s => Assert.Equal(Provenance.Assumption, s.Weight.Provenance));
        Assert.All(c.Issues, s => Assert.Equal(0, s.Salience!.Value));
        Assert.Equal(120.0 / 128, scenario.Actors[0].Capability!.Value);
        Assert.Equal("small test", scenario.Title);

        var stored = Stored(read.Value!);
        Assert.Null(ScenarioEquivalence.FirstDifference(scenario, stored));
    }

    [Theory]
    [InlineData("A:B", "x: y")]
    [InlineData("#hash", "- dash")]
    [InlineData("'quoted'", "\"double\"")]
    [InlineData("yes", "null")]
    [InlineData("1.5", "[list]")]
    public void Import_NamesThatYamlReadsAsSomethingElse_StillReadBackAsWritten(string actor, string dimension)
    {
        string csv = $"S,d,3,1,\nActor,Description,Influence,\"{dimension.Replace("\"", "\"\"", StringComparison.Ordinal)}\",Salience,\n\"{actor}\",a,1,10,50,\nB,b,2,50,50,\nC,c,3,90,50,\n";
        var read = KtabImporter.Parse(new SourceText("odd.csv", csv));
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        Assert.Equal(actor, read.Value!.Actors[0].Id);
        Assert.Equal(dimension, read.Value.Issues[0].Id);

        var stored = Stored(read.Value);
        Assert.Null(ScenarioEquivalence.FirstDifference(ImportedScenarios.WithValidIds(read.Value).Scenario, stored));
    }

    [Fact]
    public void Import_BrokenFile_GivesTheReadersLocatedDiagnostics_AndNoScenario()
    {
        var read = KtabImporter.Parse(new SourceText("broken.csv", Small.Replace("B,second,60,55,", "B,second,60,abc,", StringComparison.Ordinal)));
        Assert.False(read.Succeeded);
        var d = Assert.Single(read.Diagnostics, d => d.Code == "PF0112");
        Assert.Equal(("broken.csv", 4), (d.Location.File, d.Location.Line));
        Assert.True(d.Location.Column > 1);
    }

    // The scenario as the library holds it: renamed ids, written as YAML, read back.
    private static Scenario Stored(Scenario imported)
    {
        var (scenario, _) = ImportedScenarios.WithValidIds(imported);
        var written = ScenarioYamlWriter.Write(scenario);
        Assert.Empty(written.Losses);
        var back = ScenarioReader.Read(written.Yaml, "imported.yaml");
        Assert.True(back.Succeeded, string.Join("\n", back.Diagnostics));
        Assert.DoesNotContain(back.Diagnostics, d => d.Code is "PAR034" or "PAR043");
        return back.Value!;
    }

    private static string Show(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "none";
}
