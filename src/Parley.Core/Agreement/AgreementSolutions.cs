namespace Parley.Core.Agreement;

/// <summary>The four classic bargaining solutions of a non-empty agreement space, each with all its ties.</summary>
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
    /// <summary>The four solutions over <paramref name="frontier"/>.</summary>
    public static AgreementSolutions Of(ParetoFrontier frontier)
    {
        ArgumentNullException.ThrowIfNull(frontier);
        return new AgreementSolutions(
            NashSolution.Find(frontier),
            KalaiSmorodinskySolution.Find(frontier),
            EgalitarianSolution.Find(frontier),
            UtilitarianSolution.Find(frontier));
    }
}
