using System.Text.Json.Serialization;
using Parley.Core.Analysis;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>One bin of a Monte Carlo histogram.</summary>
/// <param name="FromValue">Lower edge on the scale.</param>
/// <param name="To">Upper edge.</param>
/// <param name="Count">Draws that fell in the bin.</param>
public sealed record HistogramBinDto(
    [property: JsonPropertyName("from")] double FromValue,
    double To,
    int Count)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static HistogramBinDto From(HistogramBin value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            value.From,
            value.To,
            value.Count);
    }
}
