namespace Parley.Core.Session;

/// <summary>How much a <see cref="LensSession"/> computes per lens.</summary>
public enum LensDepth
{
    /// <summary>Verdicts with their reasons: blocking sets, frontier and solutions, Monte Carlo distributions.</summary>
    Explained,

    /// <summary>
    /// Verdicts only: the exact agreement-space decision without blocking sets, point forecasts without
    /// Monte Carlo. What a claim needs inside each draw of the uncertain figures.
    /// </summary>
    VerdictsOnly,
}
