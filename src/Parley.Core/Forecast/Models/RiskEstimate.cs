namespace Parley.Core.Forecast;

/// <summary>How well actor h estimates actor i's risk attitude (KTAB's BigRAdjust): rʰᵢ between Rₕ and Rᵢ.</summary>
public enum RiskEstimate
{
    /// <summary>rʰᵢ = Rₕ: h projects its own attitude.</summary>
    None,

    /// <summary>rʰᵢ = (2Rₕ + Rᵢ)/3 (KTAB's default).</summary>
    OneThird,

    /// <summary>rʰᵢ = (Rₕ + Rᵢ)/2.</summary>
    Half,

    /// <summary>rʰᵢ = (Rₕ + 2Rᵢ)/3.</summary>
    TwoThirds,

    /// <summary>rʰᵢ = Rᵢ: perfect knowledge.</summary>
    Full,
}
