using System.Numerics;
using Parley.Core.Agreement;

namespace Parley.Formats.Json.Dto.Agree;

/// <summary>A Pareto-optimal point of the agreement space.</summary>
/// <param name="Utilities">Actor id → utility.</param>
/// <param name="Packages">Tied packages (at most 10 listed), each issue id → option id.</param>
/// <param name="PackageCount">How many packages have these utilities (exact).</param>
public sealed record FrontierPointDto(IReadOnlyDictionary<string, double> Utilities, IEnumerable<IReadOnlyDictionary<string, string>> Packages, BigInteger PackageCount)
{
    /// <summary>The DTO of one frontier point of <paramref name="result"/>.</summary>
    public static FrontierPointDto From(AgreementResult result, FrontierPoint point)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(point);
        return new FrontierPointDto(
            PackageJson.Utilities(result.ActorIds, point.Utilities),
            point.Packages.Select(p => (IReadOnlyDictionary<string, string>)PackageJson.Choices(result, p)),
            point.PackageCount);
    }
}
