using Parley.Core.Agreement;

namespace Parley.Formats.Json.Dto.Agree;

/// <summary>A minimal set of demands that, relaxed together, would open the agreement space.</summary>
/// <param name="Size">Number of demands.</param>
/// <param name="Demands">The demands.</param>
/// <param name="Opens">The package relaxing them makes acceptable.</param>
public sealed record BlockingSetDto(int Size, IEnumerable<DemandDto> Demands, ScoredPackageDto Opens)
{
    /// <summary>The DTO of one blocking set.</summary>
    public static BlockingSetDto From(BlockingSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return new BlockingSetDto(set.Size, set.Demands.Select(DemandDto.From), ScoredPackageDto.From(set.Opens));
    }
}
