namespace Parley.Core.Forecast;

/// <summary>How the expected utility model's final positions become one forecast.</summary>
public enum ExpectedUtilityReadout
{
    /// <summary>The capability × salience-weighted mean of the final positions (more accurate on DEU III).</summary>
    Mean,

    /// <summary>The median voter position of the final positions (Bueno de Mesquita's reading).</summary>
    Median,
}
