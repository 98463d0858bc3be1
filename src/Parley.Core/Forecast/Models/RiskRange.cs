namespace Parley.Core.Forecast;

/// <summary>The range of inferred risk attitudes R (KTAB's BigRRange).</summary>
public enum RiskRange
{
    /// <summary>R ∈ [0, 1].</summary>
    Min,

    /// <summary>R ∈ [−½, 1] (KTAB's default).</summary>
    Mid,

    /// <summary>R ∈ [−1, 1].</summary>
    Max,
}
