using Parley.Core.Agreement;

namespace Parley.Formats.Json.Dto.Agree;

/// <summary>One demand of a blocking set: a red line or a walk-away value.</summary>
/// <param name="Kind"><c>red-line</c> or <c>walk-away</c>.</param>
/// <param name="Actor">Whose demand.</param>
/// <param name="Issue">The issue (red lines), or null.</param>
/// <param name="Acceptable">The options inside the red line (red lines), or null.</param>
/// <param name="WalkAway">The walk-away value (walk-away demands), or null.</param>
/// <param name="Sources">Source ids.</param>
/// <param name="Description">The demand in a sentence.</param>
public sealed record DemandDto(string Kind, string Actor, string? Issue, IEnumerable<string>? Acceptable, double? WalkAway, IEnumerable<string> Sources, string Description)
{
    /// <summary>The DTO of one demand.</summary>
    public static DemandDto From(Demand d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new DemandDto(EnumTokens.Of(d.Kind), d.ActorId, d.IssueId, d.Kind == DemandKind.RedLine ? d.Acceptable : null, d.WalkAway, d.Sources, d.Describe());
    }
}
