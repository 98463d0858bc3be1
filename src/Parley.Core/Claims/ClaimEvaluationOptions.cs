using System.Collections.Immutable;
using Parley.Core.Forecast;

namespace Parley.Core.Claims;

/// <summary>How <see cref="ClaimEvaluation.Evaluate(Parley.Core.Model.Scenario, ClaimEvaluationOptions?)"/> tests claims.</summary>
public sealed record ClaimEvaluationOptions
{
    /// <summary>Defaults: no extra lever, no Monte Carlo draws.</summary>
    public static ClaimEvaluationOptions Default { get; } = new();

    /// <summary>Levers pulled for every claim, after the claim's own <c>with</c> levers (a lever already pulled is not pulled twice).</summary>
    public ImmutableArray<string> Levers { get; init; } = [];

    /// <summary>
    /// The date every claim without a time of its own (<c>at:</c>) is tested as of (<c>--at</c>), or null
    /// for the scenario as written. The date goes into each claim's variant key, so the session derives it.
    /// </summary>
    public DateOnly? Date { get; init; }

    /// <summary>
    /// Monte Carlo draws of the uncertain figures (0 for none). Each draw re-runs every lens the claims
    /// ask (once per lever set and time), so cost grows linearly with draws; see docs/claims.md.
    /// </summary>
    public int Draws { get; init; }

    /// <summary>Master seed of the draws; results do not depend on the number of threads.</summary>
    public ulong Seed { get; init; } = 20250516;

    /// <summary>Most threads for the draws; 1 runs sequentially; -1 lets the runtime choose.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>
    /// Runs of the forecast lens's own Monte Carlo that give <c>median</c>, <c>mean</c>, <c>p10</c>,
    /// <c>p90</c> and <c>probabilityInside</c> in the deterministic evaluation (inside a draw the figures
    /// are fixed, so the forecast is a single point).
    /// </summary>
    public int ForecastRuns { get; init; } = 1000;

    /// <summary>The forecast model used when a query names none.</summary>
    public ForecastModel DefaultForecastModel { get; init; } = ForecastModel.ExpectedUtility;

    /// <summary>
    /// When true, the deterministic pass decides agreement queries without the explained analysis
    /// (no blocking sets, no detail), which is much cheaper; forecasts keep their distributions. Used by
    /// sensitivity probes, which need verdicts only. False by default.
    /// </summary>
    public bool VerdictsOnly { get; init; }
}
