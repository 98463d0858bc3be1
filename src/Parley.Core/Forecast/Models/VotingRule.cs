namespace Parley.Core.Forecast;

/// <summary>How a voter's utility difference Δ between two options becomes its vote w·f(Δ) (KTAB's VotingRule).</summary>
public enum VotingRule
{
    /// <summary>f(Δ) = clamp(Δ / 10⁻⁸, −1, 1): all or nothing.</summary>
    Binary,

    /// <summary>f(Δ) = 0.8Δ + 0.2·Binary.</summary>
    PropBin,

    /// <summary>f(Δ) = Δ (KTAB's default).</summary>
    Proportional,

    /// <summary>f(Δ) = 0.5Δ + 0.5Δ³.</summary>
    PropCubic,

    /// <summary>f(Δ) = Δ³.</summary>
    Cubic,

    /// <summary>f(Δ) = Δ for losses, ⅔Δ for gains (prospect-theory asymmetry).</summary>
    AsymmetricProspect,
}
