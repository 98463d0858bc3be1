namespace Parley.Core.Forecast;

/// <summary>The 5, 25, 50, 75 and 95 % quantiles of a forecast's distribution (type 7 interpolation).</summary>
/// <param name="P05">5 %.</param>
/// <param name="P25">25 %.</param>
/// <param name="P50">50 % (the median).</param>
/// <param name="P75">75 %.</param>
/// <param name="P95">95 %.</param>
public readonly record struct ForecastSpread(double P05, double P25, double P50, double P75, double P95)
{
    /// <summary>The spread of no draws: every quantile NaN.</summary>
    public static ForecastSpread None { get; } = new(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);

    /// <summary>Width of the 5–95 % interval.</summary>
    public double Width90 => P95 - P05;

    /// <summary>This spread with every quantile mapped by <paramref name="map"/> (an increasing map, such as axis to issue unit).</summary>
    public ForecastSpread Map(Func<double, double> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return new(map(P05), map(P25), map(P50), map(P75), map(P95));
    }
}
