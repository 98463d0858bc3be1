using System.Globalization;
using System.Numerics;
using Parley.Core.Agreement;

namespace Parley.Formats.Words;

/// <summary>Package counts as tables and reports show them: the exact number, or <c>low–high</c> bounds when counting exactly was too costly.</summary>
public static class CountWords
{
    /// <summary>The count as digits.</summary>
    public static string Of(BigInteger count) => count.ToString(CultureInfo.InvariantCulture);

    /// <summary>The size as digits, or <c>low–high</c> when only bounds are known.</summary>
    public static string Of(SpaceSize size)
    {
        ArgumentNullException.ThrowIfNull(size);
        return size.IsExact ? Of(size.Lower) : $"{Of(size.Lower)}–{Of(size.Upper)}";
    }
}
