namespace Parley.Core.Forecast;

/// <summary>How coalition strengths A and B become the probability that A wins (KTAB's VictoryProbModel).</summary>
public enum VictoryProbabilityModel
{
    /// <summary>A / (A + B).</summary>
    Linear,

    /// <summary>A² / (A² + B²).</summary>
    Square,

    /// <summary>A⁴ / (A⁴ + B⁴).</summary>
    Quartic,

    /// <summary>A⁸ / (A⁸ + B⁸).</summary>
    Octic,

    /// <summary>Certain victory from a 10% advantage, linear in between.</summary>
    Binary,
}
