namespace Parley.Core.Session;

/// <summary>How much a <see cref="LensSession"/> computes per lens.</summary>
public enum LensDepth
{
    /// <summary>Verdicts with their reasons: blocking sets, frontier and solutions, Monte Carlo distributions.</summary>
    Explained,

    /// <summary>
    /// Exact verdicts without their explanations (no blocking sets, frontier or solutions), forecasts with
    /// their Monte Carlo distributions: what sensitivity probes need to see whether a verdict flips.
    /// </summary>
    Decisions,

    /// <summary>
    /// Verdicts only: the exact agreement-space decision without blocking sets, point forecasts without
    /// Monte Carlo. What a claim needs inside each draw of the uncertain figures.
    /// </summary>
    VerdictsOnly,
}
