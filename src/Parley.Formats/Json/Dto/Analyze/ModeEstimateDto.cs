using Parley.Core.Analysis;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>One mode of a forecast's distribution, on the scale.</summary>
/// <param name="Value">The median of the draws in the mode.</param>
/// <param name="Option">The option nearest to it, for issues with options.</param>
/// <param name="Share">The share of draws in the mode (0–1).</param>
/// <param name="Low">The smallest draw in the mode.</param>
/// <param name="High">The largest draw in the mode.</param>
public sealed record ModeEstimateDto(
    double Value,
    string? Option,
    double Share,
    double Low,
    double High)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static ModeEstimateDto From(ModeEstimate value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            value.Value,
            value.Option,
            value.Share,
            value.Low,
            value.High);
    }
}
