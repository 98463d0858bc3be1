namespace Parley.Formats.Json.Dto.Forecast;

/// <summary>The document of <c>parley forecast --format json</c> (see <c>docs/json-output.md</c>, section <c>forecast</c>).</summary>
/// <param name="ScenarioId">The scenario's id, or the table's file name without extension.</param>
/// <param name="File">The input file.</param>
/// <param name="Levers">Levers pulled before the forecast.</param>
/// <param name="Runs">Monte Carlo draws per model (0: none).</param>
/// <param name="Seed">Master seed of the draws, or null without draws.</param>
/// <param name="Notes">Remarks about skipped issues or actors.</param>
/// <param name="Issues">Per issue, its actors, scale and each model's forecast (each issue's DTO is built as it is written).</param>
public sealed record ForecastDocument(
    string ScenarioId,
    string File,
    IEnumerable<string> Levers,
    int Runs,
    ulong? Seed,
    IEnumerable<string> Notes,
    IEnumerable<ForecastIssueDto> Issues) : OutputDocument("forecast", ScenarioId);
