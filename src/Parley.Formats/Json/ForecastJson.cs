using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Parley.Core.Forecast;

namespace Parley.Formats.Json;

/// <summary>
/// The JSON output of <c>parley forecast</c> (documented in <c>docs/json-output.md</c>, section
/// <c>forecast</c>): <c>issues[]</c>, each with <c>forecasts[]</c> holding <c>model</c>, <c>value</c>,
/// <c>rounds[]</c> (dynamic models) and <c>quantiles</c> (when inputs are uncertain).
/// </summary>
public static class ForecastJson
{
    /// <summary>The report as a JSON tree.</summary>
    /// <param name="source">The input file.</param>
    /// <param name="levers">Levers pulled before the forecast.</param>
    /// <param name="notes">Remarks about skipped issues or actors.</param>
    /// <param name="report">The forecast.</param>
    public static JsonObject From(string source, IReadOnlyList<string> levers, IReadOnlyList<string> notes, ForecastReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(levers);
        ArgumentNullException.ThrowIfNull(notes);
        return new JsonObject
        {
            ["source"] = source,
            ["levers"] = new JsonArray([.. levers.Select(l => (JsonNode)JsonValue.Create(l))]),
            ["runs"] = report.Runs,
            ["seed"] = report.Runs > 0 ? JsonValue.Create(report.Seed) : null,
            ["notes"] = new JsonArray([.. notes.Select(n => (JsonNode)JsonValue.Create(n))]),
            ["issues"] = new JsonArray([.. report.Issues.Select(i => (JsonNode)Issue(i))]),
        };
    }

    /// <summary>The report as indented JSON text.</summary>
    public static string Serialize(string source, IReadOnlyList<string> levers, IReadOnlyList<string> notes, ForecastReport report) =>
        From(source, levers, notes, report).ToJsonString(JsonOutput.Options);

    /// <summary>The camelCase name of a model, as written in JSON and accepted by <c>--model</c>.</summary>
    public static string ModelName(ForecastModel model) => model switch
    {
        ForecastModel.WeightedMean => "weightedMean",
        ForecastModel.WeightedMedian => "weightedMedian",
        ForecastModel.StrongestActor => "strongestActor",
        ForecastModel.StatusQuo => "statusQuo",
        ForecastModel.ExpectedUtility => "expectedUtility",
        _ => "spatialPolitics",
    };

    private static JsonObject Issue(IssueForecast issue)
    {
        var actors = new JsonArray();
        for (int i = 0; i < issue.Actors.Length; i++)
        {
            actors.Add(new JsonObject { ["id"] = issue.Actors[i], ["position"] = issue.Positions[i] });
        }

        var forecasts = new JsonArray();
        for (int f = 0; f < issue.Forecasts.Length; f++)
        {
            forecasts.Add(Forecast(issue.Forecasts[f], issue.Uncertainty[f], issue.Actors));
        }

        return new JsonObject
        {
            ["id"] = issue.Id,
            ["name"] = issue.Name,
            ["actors"] = actors,
            ["forecasts"] = forecasts,
            ["sensitivity"] = new JsonArray([.. issue.Sensitivity.Select(e => (JsonNode)new JsonObject
            {
                ["actor"] = issue.Actors[e.Input.Actor],
                ["input"] = e.Input.Kind.ToString().ToLowerInvariant(),
                ["min"] = e.Input.Distribution.Min,
                ["max"] = e.Input.Distribution.Max,
                ["atMinimum"] = Number(e.AtMinimum),
                ["atMaximum"] = Number(e.AtMaximum),
                ["swing"] = Number(e.Swing),
            })]),
        };
    }

    private static JsonObject Forecast(ModelForecast forecast, ForecastDistribution? distribution, ImmutableArray<string> actors)
    {
        var obj = new JsonObject
        {
            ["model"] = ModelName(forecast.Model),
            ["value"] = forecast.Value,
            ["converged"] = forecast.Value is null ? null : forecast.Converged,
            ["roundCount"] = forecast.Rounds,
            ["rounds"] = new JsonArray([.. forecast.Path.Select(v => (JsonNode)JsonValue.Create(v))]),
            ["note"] = forecast.Note,
        };
        if (forecast.Value is null)
        {
            obj["skipped"] = true;
        }

        if (distribution is not null)
        {
            obj["quantiles"] = new JsonArray([.. distribution.Quantiles.Select(q => (JsonNode)new JsonObject { ["level"] = q.Level, ["value"] = Number(q.Value) })]);
            obj["uncertainty"] = new JsonObject
            {
                ["runs"] = distribution.Runs,
                ["mean"] = Number(distribution.Mean),
                ["standardDeviation"] = Number(distribution.StandardDeviation),
                ["standardError"] = Number(distribution.StandardError),
                ["acceptance"] = new JsonArray([.. distribution.Acceptance.Select(a => (JsonNode)new JsonObject
                {
                    ["actor"] = actors[a.Actor],
                    ["probability"] = Number(a.Probability),
                    ["standardError"] = Number(a.StandardError),
                })]),
            };
        }

        return obj;
    }

    private static JsonNode? Number(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;
}
