using Parley.Core.Agreement;
using Parley.Formats.GeniusWeb;

namespace Parley.Formats.Tests.GeniusWeb;

/// <summary>How GeniusWeb files map onto the scenario model (beyond the numeric vectors).</summary>
public sealed class GeniusWebImporterTests
{
    private const string Domain = """
        {"name": "bar", "issuesValues": {"Drink": {"values": ["tea", "beer"]}, "price": {"range": [12.2, 12.8, 0.3]}}}
        """;

    private static string Profile(string name, string numberUtils) =>
        "{\"LinearAdditiveUtilitySpace\": {\"name\": \"" + name + "\",\n"
        + "  \"issueUtilities\": {\"Drink\": {\"discreteutils\": {\"valueUtilities\": {\"tea\": 0.2, \"beer\": 1.0}}},\n"
        + "    \"price\": {\"numberutils\": " + numberUtils + "}},\n"
        + "  \"issueWeights\": {\"Drink\": 0.5, \"price\": 0.5},\n"
        + "  \"reservationBid\": {\"issuevalues\": {\"Drink\": \"tea\", \"price\": 12.5}}}}\n";

    [Fact]
    public void Parse_NumberRangeAndNumberUtilities_InterpolatedAndReservationBidEvaluated()
    {
        var result = GeniusWebImporter.Parse(
            new SourceText("bar.json", Domain),
            [new SourceText("p1.json", Profile("buyer", """{"lowValue": 12.2, "lowUtility": 1.0, "highValue": 12.8, "highUtility": 0.0}"""))]);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        var scenario = result.Value!;
        Assert.Equal(["12.2", "12.5", "12.8"], scenario.Issues[1].Options.Select(o => o.Id));
        Assert.Equal("buyer", scenario.Actors[0].Id);
        var price = scenario.Positions[0].On("price")!;
        Assert.Equal([1.0, 0.5, 0.0], price.Values.Select(v => Math.Round(v, 12)));

        // Walk-away = U(tea, 12.5) = 0.5·0.2 + 0.5·0.5.
        Assert.Equal(0.35, scenario.Positions[0].WalkAway.Value, 12);
        var problem = AgreementProblem.From(scenario);
        Assert.Equal(0.35, problem.Utilities[0].ReservationValue, 12);
    }

    [Fact]
    public void Parse_NoDomainFile_UsesTheDomainInsideTheProfile()
    {
        string profile = Profile("seller", """{"lowValue": 12.2, "lowUtility": 0.0, "highValue": 12.8, "highUtility": 1.0}""")
            .Replace("\"name\": \"seller\",", $"\"name\": \"seller\", \"domain\": {Domain},", StringComparison.Ordinal);

        var result = GeniusWebImporter.Parse(null, [new SourceText("p.json", profile)]);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Equal(6, (int)AgreementProblem.From(result.Value!).Space.Size);
    }

    [Fact]
    public void Parse_WeightsNotSummingToOne_WarnsAndKeepsThem()
    {
        string profile = Profile("b", """{"lowValue": 12.2, "lowUtility": 1.0, "highValue": 12.8, "highUtility": 0.0}""").Replace("\"price\": 0.5}", "\"price\": 0.3}", StringComparison.Ordinal);

        var result = GeniusWebImporter.Parse(new SourceText("bar.json", Domain), [new SourceText("p.json", profile)]);

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("PW0118", warning.Code);
        Assert.True(warning.Location.Line > 0);
        Assert.Equal(0.3, result.Value!.Positions[0].On("price")!.Weight.Value);
    }
}
