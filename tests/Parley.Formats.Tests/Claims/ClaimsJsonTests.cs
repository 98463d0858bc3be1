using System.Text.Json.Nodes;
using Parley.Core.Claims;
using Parley.Formats.Json;

namespace Parley.Formats.Tests.Claims;

public sealed class ClaimsJsonTests
{
    private static ClaimEvaluationReport Report() => new(
        "s",
        ["l"],
        10,
        5,
        [
            new ClaimResult("a", "A holds.", "agreement(track: t).empty", ["l"], 6, ClaimVerdict.Supported, "Supported (with l at 6): …",
                [new ObservedValue("agreement(track: t).empty", 0, ClaimValue.Of(true), "No agreement: …", null)], [],
                new ClaimFrequency(10, 10, 7, 0.7, Math.Sqrt(0.021), 5)),
            new ClaimResult("b", "B holds.", "forecast(issue: x).median <= 30", [], null, ClaimVerdict.Undecidable, "Not decidable …",
                [new ObservedValue("forecast(issue: x).median", 0, null, null, "issue 'x' cannot be forecast")], ["issue 'x' cannot be forecast"],
                new ClaimFrequency(10, 0, 0, double.NaN, double.NaN, 5)),
        ]);

    [Fact]
    public void From_Report_WritesTheDocumentedShape()
    {
        var json = JsonNode.Parse(ClaimsJson.Serialize(Report()))!;

        Assert.Equal((1, 0, 1), ((int)json["summary"]!["supported"]!, (int)json["summary"]!["refuted"]!, (int)json["summary"]!["undecidable"]!));
        var a = json["claims"]![0]!;
        Assert.Equal("supported", (string)a["verdict"]!);
        Assert.Equal(6.0, (double)a["at"]!);
        Assert.True((bool)a["observed"]![0]!["value"]!);
        Assert.Equal(0.7, (double)a["frequency"]!["fraction"]!);
        var b = json["claims"]![1]!.AsObject();
        Assert.False(b.ContainsKey("at"));
        Assert.False(b["observed"]![0]!.AsObject().ContainsKey("value"));
        Assert.False(b["frequency"]!.AsObject().ContainsKey("fraction"));
        Assert.Equal(
            ["id", "statement", "test", "levers", "at", "verdict", "explanation", "observed", "missing", "frequency"],
            a.AsObject().Select(kv => kv.Key));
        Assert.Equal(["draws", "decided", "held", "seed"], b["frequency"]!.AsObject().Select(kv => kv.Key));
    }

    [Fact]
    public void A_numeric_answer_is_a_bare_number()
    {
        var report = Report() with
        {
            Claims = [Report().Claims[0] with { Observed = [new ObservedValue("forecast(issue: x).median", 0, ClaimValue.Of(42.5), null, null)] }],
        };

        var observed = JsonNode.Parse(ClaimsJson.Serialize(report))!["claims"]![0]!["observed"]![0]!;

        Assert.Equal(42.5, (double)observed["value"]!);
    }

    [Fact]
    public void Serialize_Report_IsValidJsonWithoutNaN()
    {
        string text = ClaimsJson.Serialize(Report());

        Assert.DoesNotContain("NaN", text, StringComparison.Ordinal);
        Assert.NotNull(JsonNode.Parse(text));
    }
}
