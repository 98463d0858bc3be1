using Parley.Core.Agreement;

namespace Parley.Formats.Json.Dto.Agree;

/// <summary>A package with its utilities.</summary>
/// <param name="Options">Issue id → option id.</param>
/// <param name="Utilities">Actor id → utility.</param>
public sealed record ScoredPackageDto(IReadOnlyDictionary<string, string> Options, IReadOnlyDictionary<string, double> Utilities)
{
    /// <summary>The DTO of a scored package.</summary>
    public static ScoredPackageDto From(ScoredPackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        return new ScoredPackageDto(PackageJson.Pairs(package.IssueIds, package.OptionIds), PackageJson.Utilities(package.ActorIds, package.Utilities));
    }
}
