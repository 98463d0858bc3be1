using System.Text.Json.Nodes;
using Parley.Core.Dynamics;
using Parley.Core.Model.Dynamics;
using Parley.Core.Model;

namespace Parley.Formats.Json;

/// <summary>
/// The JSON output of <c>parley simulate</c> (documented in <c>docs/json-output.md</c>, section
/// <c>simulate</c>): per track, the strategies' scores and every negotiation of the tournament.
/// </summary>
public static class SimulationJson
{
    /// <summary>The simulations as a JSON tree.</summary>
    public static JsonObject From(Scenario scenario, IReadOnlyList<TrackSimulation> simulations, int rounds, double band)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(simulations);
        return new JsonObject
        {
            ["scenario"] = scenario.Id,
            ["title"] = scenario.Title,
            ["rounds"] = rounds,
            ["band"] = band,
            ["tracks"] = new JsonArray([.. simulations.Select(s => (JsonNode)Track(s))]),
        };
    }

    /// <summary>The simulations as indented JSON text.</summary>
    public static string Serialize(Scenario scenario, IReadOnlyList<TrackSimulation> simulations, int rounds, double band) =>
        From(scenario, simulations, rounds, band).ToJsonString(JsonOutput.Options);

    private static JsonObject Track(TrackSimulation simulation)
    {
        var obj = new JsonObject { ["track"] = simulation.Track };
        if (simulation.Skipped is not null || simulation.Negotiation is null || simulation.Result is null)
        {
            obj["skipped"] = simulation.Skipped;
            return obj;
        }

        var n = simulation.Negotiation;
        var actors = n.ActorIds;
        obj["actors"] = new JsonArray([.. actors.Select(a => (JsonNode?)JsonValue.Create(a))]);
        obj["from"] = n.From;
        obj["to"] = n.To;
        obj["outcomes"] = n.Problem.OutcomeCount;
        obj["scores"] = new JsonArray([.. simulation.Result.Scores.Select(s => (JsonNode)new JsonObject
        {
            ["strategy"] = s.Strategy,
            ["seats"] = s.Seats,
            ["agreements"] = s.Agreements,
            ["agreementRate"] = s.AgreementRate,
            ["meanUtility"] = s.MeanUtility,
            ["meanAdvantage"] = s.MeanAdvantage,
        })]);
        obj["negotiations"] = new JsonArray([.. simulation.Result.Runs.Select(r =>
        {
            var strategies = new JsonObject();
            var utilities = new JsonObject();
            for (int p = 0; p < actors.Length; p++)
            {
                strategies[actors[p]] = r.Result.Strategies[p];
                utilities[actors[p]] = r.Result.Utilities[p];
            }

            return (JsonNode)new JsonObject
            {
                ["strategies"] = strategies,
                ["agreed"] = r.Result.Agreed,
                ["round"] = r.Result.AgreementRound,
                ["package"] = r.Result.Agreed ? n.Problem.Space.Describe(r.Result.Package.AsSpan()) : null,
                ["utilities"] = utilities,
            };
        })]);
        return obj;
    }
}
