using System.Text.Json.Nodes;
using Parley.Core.Claims;

namespace Parley.Formats.Json;

/// <summary>
/// The JSON form of claim results (documented in <c>docs/json-output.md</c>, section <c>claims</c>): the
/// scenario, the caller's levers, the draws and seed, a count per verdict, and one object per claim with
/// its verdict, explanation, observed lens values, what is missing and, after Monte Carlo draws, how
/// often it held. Absent values (no time, no frequency, a query without answer) are omitted.
/// </summary>
public static class ClaimsJson
{
    /// <summary>The report as a JSON tree.</summary>
    public static JsonObject From(ClaimEvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new JsonObject
        {
            ["scenarioId"] = report.ScenarioId,
            ["levers"] = Strings(report.Levers),
            ["draws"] = report.Draws,
            ["seed"] = report.Seed,
            ["summary"] = new JsonObject
            {
                ["supported"] = report.Count(ClaimVerdict.Supported),
                ["refuted"] = report.Count(ClaimVerdict.Refuted),
                ["undecidable"] = report.Count(ClaimVerdict.Undecidable),
            },
            ["claims"] = new JsonArray([.. report.Claims.Select(c => (JsonNode)Claim(c))]),
        };
    }

    /// <summary>The report as indented JSON text.</summary>
    public static string Serialize(ClaimEvaluationReport report) => From(report).ToJsonString(JsonOutput.Options);

    /// <summary>One claim's result as a JSON object.</summary>
    public static JsonObject Claim(ClaimResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var obj = new JsonObject
        {
            ["id"] = result.ClaimId,
            ["statement"] = result.Statement,
        };
        if (result.Test is not null)
        {
            obj["test"] = result.Test;
        }

        obj["levers"] = Strings(result.Levers);
        if (result.At is { } at)
        {
            obj["at"] = at;
        }

        obj["verdict"] = Verdict(result.Verdict);
        obj["explanation"] = result.Explanation;
        obj["observed"] = new JsonArray([.. result.Observed.Select(o => (JsonNode)Observed(o))]);
        obj["missing"] = Strings(result.Missing);
        if (result.Frequency is { } f)
        {
            var frequency = new JsonObject
            {
                ["draws"] = f.Draws,
                ["decided"] = f.Decided,
                ["held"] = f.Held,
            };

            // JSON has no NaN: with nothing decided there is no fraction.
            if (f.Decided > 0)
            {
                frequency["fraction"] = f.Fraction;
                frequency["standardError"] = f.StandardError;
            }

            frequency["seed"] = f.Seed;
            obj["frequency"] = frequency;
        }

        return obj;
    }

    /// <summary>The verdict as written in JSON: <c>supported</c>, <c>refuted</c> or <c>undecidable</c>.</summary>
    public static string Verdict(ClaimVerdict verdict) => verdict switch
    {
        ClaimVerdict.Supported => "supported",
        ClaimVerdict.Refuted => "refuted",
        _ => "undecidable",
    };

    private static JsonObject Observed(ObservedValue observed)
    {
        var obj = new JsonObject
        {
            ["query"] = observed.Query,
            ["offset"] = observed.Offset,
        };
        if (observed.Value is { } value)
        {
            obj["value"] = value.Type == ClaimValueType.Boolean ? JsonValue.Create(value.Boolean) : JsonValue.Create(value.Number);
        }

        if (observed.Detail is not null)
        {
            obj["detail"] = observed.Detail;
        }

        if (observed.Missing is not null)
        {
            obj["missing"] = observed.Missing;
        }

        return obj;
    }

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);
}
