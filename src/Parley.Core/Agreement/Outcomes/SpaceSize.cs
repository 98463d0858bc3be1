using System.Numerics;

namespace Parley.Core.Agreement;

/// <summary>
/// The number of packages in a set: exact when <see cref="Lower"/> equals <see cref="Upper"/>,
/// otherwise proven bounds (the count was too costly to finish).
/// </summary>
/// <param name="Lower">At least this many.</param>
/// <param name="Upper">At most this many.</param>
public sealed record SpaceSize(BigInteger Lower, BigInteger Upper)
{
    /// <summary>True when the count is exact.</summary>
    public bool IsExact => Lower == Upper;

    /// <summary>An exact count.</summary>
    public static SpaceSize Exactly(BigInteger count) => new(count, count);

    /// <summary>Bounds on a count.</summary>
    /// <exception cref="ArgumentException"><paramref name="lower"/> exceeds <paramref name="upper"/>.</exception>
    public static SpaceSize Between(BigInteger lower, BigInteger upper) =>
        lower > upper ? throw new ArgumentException($"Lower bound {lower} exceeds upper bound {upper}.", nameof(lower)) : new(lower, upper);

    /// <summary>The count, or its bounds, in words.</summary>
    public override string ToString() => IsExact ? $"{Lower}" : $"between {Lower} and {Upper} (bounds: the exact count was too costly)";
}
