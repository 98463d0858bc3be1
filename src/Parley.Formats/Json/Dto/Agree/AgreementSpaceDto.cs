using System.Numerics;
using Parley.Core.Agreement;

namespace Parley.Formats.Json.Dto.Agree;

/// <summary>The packages acceptable to every consenting actor.</summary>
/// <param name="Empty">True when there is none (exact).</param>
/// <param name="Size">The exact count, or a proven lower bound.</param>
/// <param name="SizeIsExact">True when <paramref name="Size"/> is exact.</param>
/// <param name="SizeUpperBound">A proven upper bound, only when the size is not exact.</param>
/// <param name="Example">A package acceptable to all, or null.</param>
public sealed record AgreementSpaceDto(bool Empty, BigInteger Size, bool SizeIsExact, BigInteger? SizeUpperBound, ScoredPackageDto? Example)
{
    /// <summary>The DTO of a space.</summary>
    public static AgreementSpaceDto From(AgreementSpaceResult space)
    {
        ArgumentNullException.ThrowIfNull(space);
        return new AgreementSpaceDto(
            space.IsEmpty,
            space.Size.Lower,
            space.Size.IsExact,
            space.Size.IsExact ? null : space.Size.Upper,
            space.Example is null ? null : ScoredPackageDto.From(space.Example));
    }
}
