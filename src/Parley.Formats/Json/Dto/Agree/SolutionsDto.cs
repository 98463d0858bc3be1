using Parley.Core.Agreement;

namespace Parley.Formats.Json.Dto.Agree;

/// <summary>
/// The bargaining solutions as the text table shows them: the classic four and the other tools' conventions
/// (GENIUS <c>BidSpace</c>, NegMAS <c>ks_points</c>); each a list of tied packages, empty when there is none.
/// </summary>
/// <param name="Nash">Nash bargaining solution.</param>
/// <param name="KalaiSmorodinsky">Kalai–Smorodinsky (classic).</param>
/// <param name="Egalitarian">Egalitarian.</param>
/// <param name="Utilitarian">Utilitarian.</param>
/// <param name="NashGenius">Nash as GENIUS computes it, or null.</param>
/// <param name="KalaiSmorodinskyGenius">Kalai–Smorodinsky as GENIUS computes it, or null.</param>
/// <param name="KalaiSmorodinskyNegmas">Kalai–Smorodinsky as NegMAS computes it, or null.</param>
public sealed record SolutionsDto(
    IEnumerable<SolutionPointDto> Nash,
    IEnumerable<SolutionPointDto> KalaiSmorodinsky,
    IEnumerable<SolutionPointDto> Egalitarian,
    IEnumerable<SolutionPointDto> Utilitarian,
    IEnumerable<SolutionPointDto>? NashGenius,
    IEnumerable<SolutionPointDto>? KalaiSmorodinskyGenius,
    IEnumerable<SolutionPointDto>? KalaiSmorodinskyNegmas)
{
    /// <summary>The DTO of the solutions of <paramref name="result"/>.</summary>
    public static SolutionsDto From(AgreementResult result, AgreementSolutions solutions)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(solutions);
        return new SolutionsDto(
            Points(result, solutions.Nash),
            Points(result, solutions.KalaiSmorodinsky),
            Points(result, solutions.Egalitarian),
            Points(result, solutions.Utilitarian),
            solutions.GeniusNash is { } gn ? Points(result, gn) : null,
            solutions.GeniusKalaiSmorodinsky is { } gks ? Points(result, gks) : null,
            solutions.NegmasKalaiSmorodinsky is { } nks ? Points(result, nks) : null);
    }

    /// <summary>Solution name → why it has no point; only solutions without one are listed; null when all have one.</summary>
    public static IReadOnlyDictionary<string, string>? Reasons(AgreementSolutions solutions)
    {
        ArgumentNullException.ThrowIfNull(solutions);
        var reasons = new Dictionary<string, string>();
        foreach (var (name, solution) in new (string, BargainingSolution?)[]
        {
            ("nash", solutions.Nash), ("kalaiSmorodinsky", solutions.KalaiSmorodinsky), ("egalitarian", solutions.Egalitarian), ("utilitarian", solutions.Utilitarian),
            ("nashGenius", solutions.GeniusNash), ("kalaiSmorodinskyGenius", solutions.GeniusKalaiSmorodinsky), ("kalaiSmorodinskyNegmas", solutions.NegmasKalaiSmorodinsky),
        })
        {
            if (solution is { Exists: false })
            {
                reasons[name] = solution.Reason ?? "none";
            }
        }

        return reasons.Count == 0 ? null : reasons;
    }

    private static IEnumerable<SolutionPointDto> Points(AgreementResult result, BargainingSolution solution) =>
        (solution.Points.IsDefault ? [] : solution.Points).SelectMany(point => point.Packages.Select(package => new SolutionPointDto(
            PackageJson.Choices(result, package),
            PackageJson.Utilities(result.ActorIds, point.Utilities),
            point.PackageCount)));
}
