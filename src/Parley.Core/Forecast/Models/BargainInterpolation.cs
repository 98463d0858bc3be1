namespace Parley.Core.Forecast;

/// <summary>How a bargain point between two positions is interpolated, per dimension (KTAB's InterVecBrgn).</summary>
public enum BargainInterpolation
{
    /// <summary>Weights salience × probability.</summary>
    S1P1,

    /// <summary>Weights salience² × probability² (KTAB's default; closest to the Nash bargaining solution).</summary>
    S2P2,

    /// <summary>Each side moves by the truncated difference of the probabilities.</summary>
    S2PMax,
}
