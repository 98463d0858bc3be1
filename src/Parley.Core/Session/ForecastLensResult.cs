using System.Collections.Immutable;
using Parley.Core.Forecast;

namespace Parley.Core.Session;

/// <summary>
/// One issue's forecast under one model for one variant: the point forecast and, at
/// <see cref="LensDepth.Explained"/> with uncertain inputs, the Monte Carlo draws sorted on the issue's axis.
/// </summary>
/// <param name="Input">The issue's forecast input.</param>
/// <param name="Model">The model.</param>
/// <param name="Point">The single run on the figures as given (0–100 axis), or null when the model gives none.</param>
/// <param name="PointNote">Why the model gives no point forecast, or a note on it.</param>
/// <param name="Rounds">Rounds of the point run.</param>
/// <param name="Path">The point run's path on the axis (expected utility model), else empty.</param>
/// <param name="MonteCarlo">The Monte Carlo run, or null when there is none.</param>
/// <param name="SortedDraws">The finite draws of the forecast on the 0–100 axis, ascending; empty without Monte Carlo.</param>
public sealed record ForecastLensResult(
    IssueForecastInput Input,
    ForecastModel Model,
    double? Point,
    string? PointNote,
    int Rounds,
    ImmutableArray<double> Path,
    MonteCarloResult? MonteCarlo,
    ImmutableArray<double> SortedDraws)
{
    /// <summary>The quantile at <paramref name="level"/> on the 0–100 axis (the point when there are no draws).</summary>
    public double AxisQuantile(double level) =>
        SortedDraws.IsDefaultOrEmpty ? Point ?? double.NaN : MonteCarloForecast.Quantile(SortedDraws.AsSpan(), level);
}
