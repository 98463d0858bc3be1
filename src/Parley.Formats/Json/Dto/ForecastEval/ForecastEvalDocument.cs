namespace Parley.Formats.Json.Dto.ForecastEval;

/// <summary>The document of <c>parley forecast-eval --format json</c> (see <c>docs/json-output.md</c>, section <c>forecast-eval</c>).</summary>
/// <param name="ScenarioId">The table's file name without extension.</param>
/// <param name="File">The DEU table scored.</param>
/// <param name="Issues">Cases with a recorded outcome.</param>
/// <param name="Folds">Cross-validation folds.</param>
/// <param name="Models">One score per model.</param>
/// <param name="Coverage">Interval coverage per model and interval kind.</param>
public sealed record ForecastEvalDocument(
    string ScenarioId,
    string File,
    int Issues,
    int Folds,
    IEnumerable<ModelScoreDto> Models,
    IEnumerable<CoverageDto> Coverage) : OutputDocument("forecast-eval", ScenarioId);
