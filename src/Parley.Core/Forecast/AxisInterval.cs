namespace Parley.Core.Forecast;

/// <summary>A closed interval on an issue's axis.</summary>
/// <param name="Low">Lower end.</param>
/// <param name="High">Upper end, at least <paramref name="Low"/>.</param>
public readonly record struct AxisInterval(double Low, double High)
{
    /// <summary>True when <paramref name="value"/> lies in the interval.</summary>
    public bool Contains(double value) => value >= Low && value <= High;
}
