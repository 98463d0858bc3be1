namespace Parley.Core.Agreement;

/// <summary>
/// The four classic bargaining solutions of a non-empty agreement space, each with all its ties, and the
/// variants other tools report under the same names (GENIUS's Nash and Kalai–Smorodinsky, NegMAS's
/// Kalai–Smorodinsky), so a result can be compared with theirs.
/// </summary>
/// <param name="Nash">Maximum product of gains over the walk-away values.</param>
/// <param name="KalaiSmorodinsky">Classic Kalai–Smorodinsky: maximum of the least gain relative to the ideal point.</param>
/// <param name="Egalitarian">Maximum of the least gain.</param>
/// <param name="Utilitarian">Maximum sum of utilities.</param>
public sealed record AgreementSolutions(
    BargainingSolution Nash,
    BargainingSolution KalaiSmorodinsky,
    BargainingSolution Egalitarian,
    BargainingSolution Utilitarian)
{
    /// <summary>GENIUS's Nash point (<c>BidSpace.getNash</c>, over the unfiltered frontier); null when not computed.</summary>
    public BargainingSolution? GeniusNash { get; init; }

    /// <summary>GENIUS's Kalai–Smorodinsky point (smallest spread of raw utilities); null when not computed.</summary>
    public BargainingSolution? GeniusKalaiSmorodinsky { get; init; }

    /// <summary>NegMAS's Kalai–Smorodinsky point (<c>ks_points</c>, smallest spread of normalised gains); null when not computed.</summary>
    public BargainingSolution? NegmasKalaiSmorodinsky { get; init; }

    /// <summary>The four solutions and the other tools' variants over <paramref name="frontier"/>.</summary>
    public static AgreementSolutions Of(ParetoFrontier frontier)
    {
        ArgumentNullException.ThrowIfNull(frontier);
        return new AgreementSolutions(
            NashSolution.Find(frontier),
            KalaiSmorodinskySolution.Find(frontier),
            EgalitarianSolution.Find(frontier),
            UtilitarianSolution.Find(frontier))
        {
            GeniusNash = GeniusNashSolution.Find(frontier),
            GeniusKalaiSmorodinsky = GeniusKalaiSmorodinskySolution.Find(frontier),
            NegmasKalaiSmorodinsky = MinSpreadKalaiSmorodinskySolution.Find(frontier),
        };
    }
}
