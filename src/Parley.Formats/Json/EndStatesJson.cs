using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Parley.Core.EndStates;
using Parley.Core.Model;
using Parley.Core.Stability;
using Parley.Core.Vocabulary;
using Parley.Formats.Json.Dto.EndStates;

namespace Parley.Formats.Json;

/// <summary>
/// The JSON output of <c>parley endstates</c> (documented in <c>docs/json-output.md</c>, section
/// <c>endstates</c>): per variant (as given, then each lever), every end state with its probability,
/// hits, reachability, movers and equilibria per concept. States are gmcr-py state numbers (1-based).
/// </summary>
public static class EndStatesJson
{
    /// <summary>The document of the reports of <paramref name="scenario"/>: one variant object per report, each built as it is written.</summary>
    /// <param name="scenario">The scenario as read.</param>
    /// <param name="reports">One report per variant.</param>
    /// <param name="asOf">The date the variants were taken as of (<c>--at</c>), or null.</param>
    public static EndStatesDocument Document(Scenario scenario, ImmutableArray<EndStateReport> reports, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return new EndStatesDocument(scenario.Id, scenario.Title, reports.Select(r => Variant(scenario, r)))
        {
            AsOf = asOf?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    /// <summary>One variant's end states as a JSON object.</summary>
    public static JsonObject Variant(Scenario scenario, EndStateReport report)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(report);
        {
            var endStates = new JsonArray();
            foreach (var e in report.EndStates)
            {
                var equilibria = new JsonObject();
                foreach (var c in e.Equilibria)
                {
                    equilibria[Terms.Token(c.Concept)] = new JsonArray([.. c.States.Select(s => (JsonNode)JsonValue.Create(GraphModel.Ordinal(s)))]);
                }

                endStates.Add(new JsonObject
                {
                    ["id"] = e.EndStateId,
                    ["name"] = scenario.EndStates.FirstOrDefault(x => x.Id == e.EndStateId)?.Name,
                    ["probability"] = e.Probability,
                    ["hits"] = e.Hits,
                    ["reachable"] = e.Reachable,
                    ["movers"] = new JsonArray([.. e.Movers.Select(m => (JsonNode)JsonValue.Create(m))]),
                    ["path"] = new JsonArray([.. e.Path.Select(m => (JsonNode)new JsonObject { ["from"] = GraphModel.Ordinal(m.From), ["to"] = GraphModel.Ordinal(m.To), ["mover"] = m.Mover })]),
                    ["equilibria"] = equilibria,
                });
            }

            return new JsonObject
            {
                ["levers"] = new JsonArray([.. report.Levers.Select(l => (JsonNode)JsonValue.Create(l))]),
                ["draws"] = report.Draws,
                ["seed"] = report.Seed,
                ["pathEnd"] = report.PathEnd is { } end ? GraphModel.Ordinal(end) : null,
                ["isPartition"] = report.IsPartition,
                ["unmatched"] = report.Unmatched,
                ["overlapping"] = report.Overlapping,
                ["endStates"] = endStates,
            };
        }
    }
}
