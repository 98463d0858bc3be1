using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Parley.Core.Agreement;
using Parley.Core.Dynamics;
using Parley.Core.Model.Dynamics;
using Parley.Core.Model;

namespace Parley.Formats.Json;

/// <summary>
/// The JSON output of <c>parley dynamics</c> (documented in <c>docs/json-output.md</c>, section
/// <c>dynamics</c>): the horizon, the trends, and per track the windows in which a deal exists and every
/// sample (time, verdict, walk-away values and the Nash solution). Utilities and walk-away values are
/// objects from actor id to number.
/// </summary>
public static class DynamicsJson
{
    /// <summary>The windows of <paramref name="scenario"/> as a JSON tree.</summary>
    /// <exception cref="ArgumentException">The scenario has no dynamics section.</exception>
    public static JsonObject From(Scenario scenario, DealWindowsResult result)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(result);
        var dynamics = scenario.Dynamics
            ?? throw new ArgumentException("The scenario has no dynamics section; there are no windows to write.", nameof(scenario));
        return new JsonObject
        {
            ["scenario"] = scenario.Id,
            ["title"] = scenario.Title,
            ["horizon"] = new JsonObject
            {
                ["length"] = result.Horizon.Length,
                ["unit"] = result.Horizon.Unit,
                ["start"] = result.Horizon.Start,
            },
            ["levers"] = new JsonArray([.. result.Levers.Select(l => (JsonNode?)JsonValue.Create(l))]),
            ["step"] = result.Step,
            ["trends"] = new JsonArray([.. dynamics.Trends.Select(t => (JsonNode)Trend(t))]),
            ["tracks"] = new JsonArray([.. result.Tracks.Select(t => (JsonNode)Track(t))]),
        };
    }

    /// <summary>The windows as indented JSON text.</summary>
    public static string Serialize(Scenario scenario, DealWindowsResult result) => From(scenario, result).ToJsonString(JsonOutput.Options);

    private static JsonObject Trend(Trend trend) => new()
    {
        ["actor"] = trend.ActorId,
        ["figure"] = trend.Target == TrendTarget.WalkAway ? "walk-away" : "capability",
        ["curve"] = trend.Curve switch
        {
            LinearCurve => "linear",
            StepCurve => "steps",
            _ => "series",
        },
        ["points"] = new JsonArray([.. trend.Curve.Points.Select(p => (JsonNode)new JsonObject { ["at"] = p.Time, ["value"] = p.Value })]),
        ["basis"] = trend.Provenance.Word(),
        ["sources"] = new JsonArray([.. trend.Sources.Select(s => (JsonNode?)JsonValue.Create(s))]),
        ["note"] = trend.Note,
    };

    private static JsonObject Track(TrackWindows track) => new()
    {
        ["track"] = track.Track,
        ["actors"] = new JsonArray([.. track.ActorIds.Select(a => (JsonNode?)JsonValue.Create(a))]),
        ["explanation"] = track.Explanation,
        ["windows"] = new JsonArray([.. track.Windows.Select(w => (JsonNode)new JsonObject
        {
            ["opensAfter"] = w.OpensAfter,
            ["opensBy"] = w.OpensBy,
            ["closesAfter"] = w.ClosesAfter,
            ["closesBy"] = w.ClosesBy,
            ["opensAfterDate"] = Date(w.OpensAfterDate),
            ["opensByDate"] = Date(w.OpensByDate),
            ["closesAfterDate"] = Date(w.ClosesAfterDate),
            ["closesByDate"] = Date(w.ClosesByDate),
        })]),
        ["samples"] = new JsonArray([.. track.Samples.Select(s => (JsonNode)Sample(track.ActorIds, s))]),
    };

    private static JsonObject Sample(ImmutableArray<string> actors, TrackSample sample)
    {
        var nash = sample.Nash is { Exists: true } n ? n.Points[0] : null;
        return new JsonObject
        {
            ["time"] = sample.Time,
            ["date"] = Date(sample.Date),
            ["open"] = sample.Open,
            ["verdict"] = sample.Verdict switch
            {
                AgreementVerdict.AgreementPossible => "agreementPossible",
                AgreementVerdict.NoAgreement => "noAgreement",
                _ => "noPositions",
            },
            ["walkAways"] = ByActor(actors, sample.WalkAways),
            ["gap"] = sample.Gap is not { } gap ? null : new JsonObject
            {
                ["shutBy"] = gap.Barrier switch
                {
                    DealBarrier.RedLines => "redLines",
                    DealBarrier.WalkAways => "walkAways",
                    DealBarrier.RedLinesAndWalkAways => "redLinesAndWalkAways",
                    _ => "combination",
                },
                ["smallestBlockingSet"] = gap.SmallestBlockingSet,
                ["walkAwayShortfall"] = gap.WalkAwayShortfall,
            },
            ["nash"] = nash is null ? null : new JsonObject
            {
                ["utilities"] = ByActor(actors, nash.Utilities),
                ["tiedPoints"] = sample.Nash!.Points.Length,
                ["packages"] = new JsonArray([.. sample.NashPackages.Select(p => (JsonNode?)JsonValue.Create(p))]),
            },
        };
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static JsonObject ByActor(ImmutableArray<string> actors, ImmutableArray<double> values)
    {
        var obj = new JsonObject();
        for (int i = 0; i < actors.Length && i < values.Length; i++)
        {
            obj[actors[i]] = values[i];
        }

        return obj;
    }
}
