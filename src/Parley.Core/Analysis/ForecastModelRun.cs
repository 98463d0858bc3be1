using System.Collections.Immutable;

namespace Parley.Core.Analysis;

/// <summary>One model's Monte Carlo spread and tornado on one issue's inputs (cached by the lens session (shared by variants with equal inputs)).</summary>
/// <param name="Uncertainty">The spread, on the scale.</param>
/// <param name="Sensitivity">The tornado, on the scale.</param>
/// <param name="Distribution">The Monte Carlo distribution on the axis, or null when no input is uncertain.</param>
internal sealed record ForecastModelRun(ForecastUncertainty Uncertainty, ImmutableArray<SensitivityBar> Sensitivity, Forecast.ForecastDistribution? Distribution);
