namespace Parley.Core.Agreement;

/// <summary>
/// Which bargaining solution a <see cref="BargainingSolution"/> is. The names follow the literature; the
/// GENIUS and NegMAS variants that differ from the classic definitions are named for their tool
/// (see <c>docs/bargaining-solutions.md</c>).
/// </summary>
public enum BargainingConcept
{
    /// <summary>Nash (1950): maximise the product of gains over the disagreement point, over the rational frontier.</summary>
    Nash,

    /// <summary>Kalai–Smorodinsky (1975), classic: maximise the least gain relative to the ideal point, over the rational frontier.</summary>
    KalaiSmorodinsky,

    /// <summary>Egalitarian (Kalai 1977): maximise the least absolute gain over the disagreement point; NegMAS calls it "Kalai".</summary>
    Egalitarian,

    /// <summary>Utilitarian: maximise the sum of utilities (social welfare) over the rational frontier.</summary>
    Utilitarian,

    /// <summary>NegMAS <c>ks_points</c>: minimise the spread (max − min) of gains normalised by the best utility over all outcomes.</summary>
    MinSpreadKalaiSmorodinsky,

    /// <summary>GENIUS <c>BidSpace.getKalaiSmorodinsky</c>: minimise the spread of raw utilities (|u_a − u_b|) over the unfiltered frontier.</summary>
    GeniusKalaiSmorodinsky,

    /// <summary>GENIUS <c>BidSpace.getNash</c>: maximise the product of gains over the unfiltered frontier (no reservation filter).</summary>
    GeniusNash,
}
