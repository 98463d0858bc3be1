using Parley.Core.Agreement;
using Parley.Core.Diagnostics;
using Parley.Formats.Genius;
using Parley.Tests;

namespace Parley.Formats.Tests.Genius;

/// <summary>How GENIUS files map onto the scenario model (beyond the numeric vectors).</summary>
public sealed class GeniusImporterTests
{
    private static string Scenarios(params string[] parts) => ReferenceData.File(Path.Combine(["yasserfarouk-negmas", "tests", "data", "scenarios", .. parts]));

    [ReferenceFact]
    public void Read_AmpoVsCity_NamesActorsAfterTheDomainsAgentsAndWarnsOnRepeatedItem()
    {
        var result = GeniusImporter.Read(
            Scenarios("other", "AMPOvsCity", "ampo_vs_city_template.xml"),
            [Scenarios("other", "AMPOvsCity", "ampo_vs_city_ampo_space.xml"), Scenarios("other", "AMPOvsCity", "ampo_vs_city_city_space.xml")]);

        var scenario = Assert.IsType<Core.Model.Scenario>(result.Value);
        Assert.Equal(["AMPO", "City"], scenario.Actors.Select(a => a.Id));
        Assert.All(scenario.Actors, a => Assert.True(a.IsParty));
        Assert.Equal(10, scenario.Issues.Length);
        Assert.All(scenario.Issues, i => Assert.Equal(GeniusImporter.Track, i.Track));

        // The AMPO profile evaluates item "0" of the first issue twice (0, then 8): GENIUS keeps the later.
        var repeated = Assert.Single(result.Diagnostics, d => d.Code == "PG0111");
        Assert.Equal(DiagnosticSeverity.Warning, repeated.Severity);
        Assert.EndsWith("ampo_vs_city_ampo_space.xml", repeated.Location.File, StringComparison.Ordinal);
        Assert.Equal(0.08, scenario.Positions[0].Issues[0].Values[0], 12);
    }

    [ReferenceFact]
    public void Read_Laptop_KeepsDiscountReservationPreferredAndAllOptionsAcceptable()
    {
        var result = GeniusImporter.Read(
            Scenarios("anac", "y2012", "LaptopA", "Laptop-A-domain.xml"),
            [Scenarios("anac", "y2012", "LaptopA", "Laptop-A-prof1.xml"), Scenarios("anac", "y2012", "LaptopA", "Laptop-A-prof2.xml")]);

        var buyer = result.Value!.Positions[0];
        Assert.Equal(0.5, buyer.WalkAway.Value);
        Assert.Equal(0.5, buyer.DiscountFactor);
        Assert.Equal(1, buyer.UtilityCeiling);
        var laptop = buyer.On("Laptop")!;
        Assert.Equal("HP", laptop.Preferred);
        Assert.Equal(["Dell", "Macintosh", "HP"], laptop.Acceptable.ToArray());
        Assert.Equal(1.0, laptop.Values.Max());
    }

    [ReferenceFact]
    public void Read_UncertainProfile_ImportsAdditiveBodyWithWarning()
    {
        string folder = ReferenceData.File("yasserfarouk-negmas/external/genius10.4/src/main/resources/genius/templates/partydomain");
        var result = GeniusImporter.Read(Path.Combine(folder, "party_domain.xml"), [Path.Combine(folder, "party1_utility_u10.xml"), Path.Combine(folder, "party2_utility.xml")]);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.Code == "PG0114" && d.Severity == DiagnosticSeverity.Warning);
        Assert.True(ParetoFrontier.Of(AgreementProblem.From(result.Value!)).Points.Length > 0);
    }

    [ReferenceFact]
    public void Read_NonlinearProfile_RefusedWithDiagnostic()
    {
        string folder = ReferenceData.File("yasserfarouk-negmas/src/negmas/tests/data/10issues");
        var result = GeniusImporter.Read(Path.Combine(folder, "10issues-domain.xml"), [Path.Combine(folder, "profile-1.xml")]);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("PG0110", error.Code);
        Assert.True(error.Location.Line > 0);
    }

    [ReferenceFact]
    public void Read_MissingFile_DiagnosticNotException()
    {
        var result = GeniusImporter.Read("no-such-domain.xml", ["no-such-profile.xml"]);

        Assert.False(result.Succeeded);
        Assert.Equal(["PG0001", "PG0001"], result.Diagnostics.Select(d => d.Code));
    }

    [ReferenceFact]
    public void Parse_NestedObjectivesAndTriangularRealIssue_Evaluated()
    {
        var domain = new SourceText("d.xml", """
            <negotiation_template><utility_space><objective index="0" name="root">
              <objective index="1" name="group">
                <issue index="2" name="Heat" type="real"><range lowerbound="0" upperbound="20"/></issue>
              </objective>
            </objective></utility_space></negotiation_template>
            """);
        var profile = new SourceText("p.xml", """
            <utility_space><objective index="0" name="root">
              <objective index="1" name="group">
                <issue index="2" name="Heat" type="real"><evaluator ftype="triangular" parameter0="0" parameter1="20" parameter2="5"/></issue>
                <weight index="2" value="1"/>
              </objective>
              <weight index="1" value="1"/>
            </objective></utility_space>
            """);

        var result = GeniusImporter.Parse(domain, [profile]);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        var heat = result.Value!.Positions[0].On("Heat")!;
        var options = result.Value.Issues[0].Options.Select(o => o.Id).ToList();
        Assert.Equal(21, options.Count);
        Assert.Equal(1.0, heat.Values[options.IndexOf("5")], 12);
        Assert.Equal(0.4, heat.Values[options.IndexOf("2")], 12);
        Assert.Equal(2.0 / 3, heat.Values[options.IndexOf("10")], 12);
        Assert.Equal(0.0, heat.Values[options.IndexOf("20")], 12);
    }
}
