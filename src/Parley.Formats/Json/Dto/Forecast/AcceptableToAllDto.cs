using System.Text.Json.Serialization;
using Parley.Core.Forecast;

namespace Parley.Formats.Json.Dto.Forecast;

/// <summary>The outcomes of an issue every veto holder accepts.</summary>
/// <param name="Restricted">True when some veto holder draws a red line on the issue.</param>
/// <param name="None">True when no outcome is acceptable to every veto holder.</param>
/// <param name="Options">With options, the options every veto holder accepts.</param>
/// <param name="Intervals">For a numeric issue with red lines, the acceptable intervals on the issue's scale.</param>
public sealed record AcceptableToAllDto(
    bool Restricted,
    bool None,
    IEnumerable<string> Options,
    IEnumerable<IntervalDto> Intervals)
{
    /// <summary>The DTO of the region every veto holder accepts on an issue with <paramref name="scale"/>.</summary>
    public static AcceptableToAllDto From(AcceptableRegion region, IssueScale scale)
    {
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(scale);
        return new AcceptableToAllDto(
            region.Restricted,
            region.IsEmpty || (region.Restricted && !scale.Options.IsEmpty && !scale.Options.Any(o => region.Contains(o.Axis))),
            scale.Options.Where(o => region.Contains(o.Axis)).Select(o => o.Id),
            region.Intervals.Where(i => region.Restricted && scale.Options.IsEmpty).Select(i => new IntervalDto(
                ForecastIssueDto.Finite(scale.ToIssueValue(Math.Max(0, i.Low))),
                ForecastIssueDto.Finite(scale.ToIssueValue(Math.Min(100, i.High))))));
    }
}
