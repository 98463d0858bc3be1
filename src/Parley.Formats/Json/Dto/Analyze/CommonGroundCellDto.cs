using Parley.Core.Analysis;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>One cell of the common-ground matrix: which options of an issue an actor accepts.</summary>
/// <param name="IssueId">The issue.</param>
/// <param name="ActorId">The actor.</param>
/// <param name="NeedsConsent">Whether the actor's consent is needed on the issue; when not, it accepts everything by definition.</param>
/// <param name="Accepted">The options the actor accepts, in option order.</param>
/// <param name="OptionCount">How many options the issue has (the denominator of the heatmap).</param>
/// <param name="Share">The share of the issue's options the actor accepts, 0–1.</param>
public sealed record CommonGroundCellDto(
    string IssueId,
    string ActorId,
    bool NeedsConsent,
    IEnumerable<string> Accepted,
    int OptionCount,
    double Share)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static CommonGroundCellDto From(CommonGroundCell value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            value.IssueId,
            value.ActorId,
            value.NeedsConsent,
            value.Accepted,
            value.OptionCount,
            value.Share);
    }
}
