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
            report.Issues.Select(ForecastIssueDto.From));
    }

    /// <summary>The token of a model (the vocabulary table's), as written in JSON and accepted by <c>--model</c>.</summary>
    public static string ModelName(ForecastModel model) => Terms.Token(model);
}
