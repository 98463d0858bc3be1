using System.Collections.Immutable;
using Parley.Core.EndStates;
using Parley.Core.Model;
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
        return new EndStatesDocument(scenario.Id, scenario.Title, reports.Select(r => EndStateVariantDto.From(scenario, r)))
        {
            AsOf = asOf?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
