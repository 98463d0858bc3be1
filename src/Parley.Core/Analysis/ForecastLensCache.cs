using System.Collections.Concurrent;

namespace Parley.Core.Analysis;

/// <summary>
/// The forecast lens's Monte Carlo runs and tornados, shared across the variants of one analysis: many levers
/// leave an issue's forecast inputs as they are, and a run depends on nothing else (same inputs and seed,
/// same draws), so variants with equal inputs share one run per model.
/// </summary>
internal sealed class ForecastLensCache
{
    private readonly ConcurrentDictionary<string, Lazy<ForecastModelRun>> _runs = new(StringComparer.Ordinal);

    public ForecastModelRun GetOrAdd(string key, Func<ForecastModelRun> run) =>
        _runs.GetOrAdd(key, _ => new Lazy<ForecastModelRun>(run)).Value;
}
