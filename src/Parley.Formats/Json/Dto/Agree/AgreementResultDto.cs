using System.Numerics;
using Parley.Core.Agreement;

namespace Parley.Formats.Json.Dto.Agree;

/// <summary>One agreement result (a track, a set of tracks, or the whole scenario).</summary>
/// <param name="TrackIds">The tracks of this result.</param>
/// <param name="Issues">Its issues.</param>
/// <param name="Actors">Its consenting actors.</param>
/// <param name="Outcomes">Number of packages (after discretising numeric issues).</param>
/// <param name="Verdict">The answer (exact): <c>agreement-possible</c>, <c>no-agreement</c> or <c>no-positions</c>.</param>
/// <param name="Explanation">The verdict and its reasons.</param>
/// <param name="AgreementSpace">The packages acceptable to all.</param>
/// <param name="CommonGround">Per issue, the options inside every red line.</param>
/// <param name="BlockingSets">When the space is empty: minimal blocking sets, smallest first.</param>
/// <param name="BlockingSetsComplete">True when every minimal blocking set is listed.</param>
/// <param name="BlockingSetsTotal">How many minimal blocking sets exist, when the search could count them.</param>
/// <param name="BlockingSetsNote">Why the search stopped; null when the space is not empty.</param>
/// <param name="ParetoFrontier">The Pareto-optimal points of the agreement space (enumerated as written).</param>
/// <param name="Solutions">The bargaining solutions, or null.</param>
/// <param name="SolutionReasons">Solution name → why it has no point, for those without one.</param>
/// <param name="Notes">How the problem was built.</param>
public sealed record AgreementResultDto(
    IEnumerable<string> TrackIds,
    IEnumerable<string> Issues,
    IEnumerable<string> Actors,
    BigInteger Outcomes,
    string Verdict,
    string Explanation,
    AgreementSpaceDto AgreementSpace,
    IEnumerable<CommonGroundDto> CommonGround,
    IEnumerable<BlockingSetDto> BlockingSets,
    bool BlockingSetsComplete,
    int? BlockingSetsTotal,
    string? BlockingSetsNote,
    IEnumerable<FrontierPointDto> ParetoFrontier,
    SolutionsDto? Solutions,
    IReadOnlyDictionary<string, string>? SolutionReasons,
    IEnumerable<string> Notes)
{
    /// <summary>The DTO of one result.</summary>
    public static AgreementResultDto From(AgreementResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new AgreementResultDto(
            result.Tracks.IsDefault ? [] : result.Tracks,
            result.IssueIds,
            result.ActorIds,
            result.Outcomes,
            EnumTokens.Of(result.Verdict),
            result.Explanation,
            AgreementSpaceDto.From(result.Space),
            result.CommonGround.Select(CommonGroundDto.From),
            (result.Blocking?.Sets ?? []).Select(BlockingSetDto.From),
            result.Blocking?.IsComplete ?? true,
            result.Blocking?.TotalCount,
            result.Blocking?.Note,
            (result.Frontier?.RationalPoints ?? []).Select(p => FrontierPointDto.From(result, p)),
            result.Solutions is null ? null : SolutionsDto.From(result, result.Solutions),
            result.Solutions is null ? null : SolutionsDto.Reasons(result.Solutions),
            result.Notes);
    }
}
