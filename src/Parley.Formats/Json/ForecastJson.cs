using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Parley.Formats.Json.Dto;
using Parley.Formats.Json.Dto.Forecast;
using Parley.Core.Forecast;
using Parley.Core.Vocabulary;

namespace Parley.Formats.Json;

/// <summary>
/// The JSON output of <c>parley forecast</c> (documented in <c>docs/json-output.md</c>, section
/// <c>forecast</c>): <c>issues[]</c>, each with <c>forecasts[]</c> holding <c>model</c>, <c>value</c>,
/// <c>rounds[]</c> (dynamic models) and <c>quantiles</c> (when inputs are uncertain).
/// </summary>
public static class ForecastJson
{
    /// <summary>The document of a forecast.</summary>
    /// <param name="scenarioId">The scenario's id, or null for a KTAB or EUM table.</param>
    /// <param name="source">The input file.</param>
    /// <param name="levers">Levers pulled before the forecast.</param>
    /// <param name="notes">Remarks about skipped issues or actors.</param>
    /// <param name="report">The forecast.</param>
    public static ForecastDocument Document(string? scenarioId, string source, IReadOnlyList<string> levers, IReadOnlyList<string> notes, ForecastReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(levers);
        ArgumentNullException.ThrowIfNull(notes);
        return new ForecastDocument(
            ScenarioIds.Of(scenarioId, source),
            source,
            levers,
            report.Runs,
            report.Runs > 0 ? report.Seed : null,
            notes,
            report.Issues.Select(Issue));
    }

    /// <summary>The token of a model (the vocabulary table's), as written in JSON and accepted by <c>--model</c>.</summary>
    public static string ModelName(ForecastModel model) => Terms.Token(model);

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
            var obj = Forecast(issue.Forecasts[f], issue.Uncertainty[f], issue.Actors);
            Assess(obj, issue, issue.Forecasts[f], issue.Assessments[f]);
            forecasts.Add(obj);
        }

        var scale = issue.Scale;
        var agreement = issue.Agreement;
        var region = issue.AcceptableToAll;
        return new JsonObject
        {
            ["id"] = issue.Id,
            ["name"] = issue.Name,
            ["scale"] = new JsonObject
            {
                ["min"] = scale.Min,
                ["max"] = scale.Max,
                ["unit"] = scale.Unit,
                ["options"] = new JsonArray([.. scale.Options.Select(o => (JsonNode)new JsonObject { ["id"] = o.Id, ["axis"] = o.Axis })]),
            },
            ["actors"] = actors,
            ["agreement"] = new JsonObject
            {
                ["agree"] = agreement.Agree,
                ["low"] = Number(scale.ToIssueValue(agreement.Low)),
                ["high"] = Number(scale.ToIssueValue(agreement.High)),
                ["models"] = new JsonArray([.. agreement.Models.Select(m => (JsonNode)JsonValue.Create(ModelName(m)))]),
                ["options"] = new JsonArray([.. agreement.Options.Select(i => (JsonNode)JsonValue.Create(scale.Options[i].Id))]),
            },
            ["vetoHolders"] = new JsonArray([.. issue.VetoHolders.Select(a => (JsonNode)JsonValue.Create(issue.Actors[a]))]),
            ["acceptableToAll"] = new JsonObject
            {
                ["restricted"] = region.Restricted,
                ["none"] = region.IsEmpty || (region.Restricted && !scale.Options.IsEmpty && !scale.Options.Any(o => region.Contains(o.Axis))),
                ["options"] = new JsonArray([.. scale.Options.Where(o => region.Contains(o.Axis)).Select(o => (JsonNode)JsonValue.Create(o.Id))]),
                ["intervals"] = new JsonArray([.. region.Intervals.Where(i => region.Restricted && scale.Options.IsEmpty).Select(i => (JsonNode)new JsonObject
                {
                    ["low"] = Number(scale.ToIssueValue(Math.Max(0, i.Low))),
                    ["high"] = Number(scale.ToIssueValue(Math.Min(100, i.High))),
                })]),
            },
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

    // The fields every forecast carries beyond its value (issue 12): reading, modes and spread on the issue's
    // scale, veto shares, the veto-aware forecast and the tornado of this model.
    private static void Assess(JsonObject obj, IssueForecast issue, ModelForecast forecast, ForecastAssessment assessment)
    {
        var scale = issue.Scale;
        var shape = assessment.Shape;
        obj["valueInUnit"] = forecast.Value is double v ? Number(scale.ToIssueValue(v)) : null;
        obj["option"] = forecast.Value is double w ? Option(scale, w) : null;
        obj["reading"] = shape.Reading.ToString().ToLowerInvariant();
        obj["draws"] = shape.Draws;
        obj["modes"] = new JsonArray([.. shape.Modes.Select(m => (JsonNode)new JsonObject
        {
            ["value"] = Number(scale.ToIssueValue(m.Value)),
            ["option"] = Option(scale, m.Value),
            ["share"] = m.Share,
            ["low"] = Number(scale.ToIssueValue(m.Low)),
            ["high"] = Number(scale.ToIssueValue(m.High)),
        })]);
        var spread = shape.Spread.Map(scale.ToIssueValue);
        obj["spread"] = new JsonObject
        {
            ["p05"] = Number(spread.P05),
            ["p25"] = Number(spread.P25),
            ["p50"] = Number(spread.P50),
            ["p75"] = Number(spread.P75),
            ["p95"] = Number(spread.P95),
        };
        obj["vetoes"] = new JsonArray([.. assessment.Vetoes.Select(c => (JsonNode)new JsonObject
        {
            ["actor"] = issue.Actors[c.Actor],
            ["share"] = Number(c.Share),
            ["accepted"] = c.Accepted,
        })]);
        obj["vetoedBy"] = new JsonArray([.. assessment.Vetoes.Where(c => !c.Accepted).Select(c => (JsonNode)JsonValue.Create(issue.Actors[c.Actor]))]);
        var aware = assessment.VetoAware;
        obj["vetoAware"] = new JsonObject
        {
            ["value"] = aware.Value is double a ? Number(scale.ToIssueValue(a)) : null,
            ["option"] = aware.Value is double b ? Option(scale, b) : null,
            ["noneAcceptable"] = aware.NoneAcceptable,
            ["moved"] = aware.Moved,
            ["shareAcceptable"] = Number(aware.ShareAcceptable),
        };
        obj["sensitivity"] = new JsonArray([.. assessment.Sensitivity.Select(e => (JsonNode)new JsonObject
        {
            ["actor"] = issue.Actors[e.Input.Actor],
            ["input"] = e.Input.Kind.ToString().ToLowerInvariant(),
            ["min"] = e.Input.Kind == ForecastInputKind.Position ? scale.ToIssueValue(e.Input.Distribution.Min) : e.Input.Distribution.Min,
            ["max"] = e.Input.Kind == ForecastInputKind.Position ? scale.ToIssueValue(e.Input.Distribution.Max) : e.Input.Distribution.Max,
            ["atMinimum"] = Number(scale.ToIssueValue(e.AtMinimum)),
            ["atMaximum"] = Number(scale.ToIssueValue(e.AtMaximum)),
            ["swing"] = Number(Math.Abs(scale.ToIssueValue(e.AtMaximum) - scale.ToIssueValue(e.AtMinimum))),
            ["rangeStated"] = e.RangeStated,
            ["flipsMode"] = e.FlipsMode,
        })]);
    }

    private static string? Option(IssueScale scale, double axis)
    {
        int at = scale.NearestOption(axis);
        return at >= 0 ? scale.Options[at].Id : null;
    }

    private static JsonNode? Number(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;
}
