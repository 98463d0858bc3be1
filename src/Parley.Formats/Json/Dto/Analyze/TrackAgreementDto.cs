using System.Numerics;
using Parley.Core.Analysis;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>The agreement lens on one track, as <c>analyze</c> writes it: counts are JSON integers of any size.</summary>
/// <param name="Track">The track.</param>
/// <param name="Verdict">The verdict: <c>agreement-possible</c>, <c>no-agreement</c> or <c>no-positions</c>.</param>
/// <param name="Explanation">The verdict and its reasons.</param>
/// <param name="IssueIds">The track's issues.</param>
/// <param name="ActorIds">Its consenting actors; utilities are in this order.</param>
/// <param name="Outcomes">Packages of the track.</param>
/// <param name="Acceptable">Packages every consenting actor accepts: the exact count, or a proven lower bound.</param>
/// <param name="AcceptableIsExact">True when <paramref name="Acceptable"/> is exact.</param>
/// <param name="AcceptableUpperBound">A proven upper bound when the count is not exact; null otherwise.</param>
/// <param name="CommonGround">Per issue, the options inside every red line.</param>
/// <param name="Matrix">Per issue and actor, what the actor accepts.</param>
/// <param name="Blocking">Minimal blocking sets.</param>
/// <param name="BlockingComplete">True when every minimal blocking set is listed.</param>
/// <param name="WalkAways">Walk-away values, in actor order.</param>
/// <param name="Frontier">The Pareto frontier's points.</param>
/// <param name="Solutions">The bargaining solutions' points.</param>
/// <param name="Proposals">The proposals' points.</param>
/// <param name="Notes">How the problem was built.</param>
/// <param name="Sensitivity">The figures that flip the verdict, or null.</param>
/// <param name="Robustness">How often draws agree with the verdict, or null.</param>
public sealed record TrackAgreementDto(
    string Track,
    string Verdict,
    string Explanation,
    IEnumerable<string> IssueIds,
    IEnumerable<string> ActorIds,
    BigInteger Outcomes,
    BigInteger Acceptable,
    bool AcceptableIsExact,
    BigInteger? AcceptableUpperBound,
    IEnumerable<IssueCommonGroundDto> CommonGround,
    IEnumerable<CommonGroundCellDto> Matrix,
    IEnumerable<BlockingDemandsDto> Blocking,
    bool BlockingComplete,
    IEnumerable<double> WalkAways,
    IEnumerable<UtilityPointDto> Frontier,
    IEnumerable<UtilityPointDto> Solutions,
    IEnumerable<UtilityPointDto> Proposals,
    IEnumerable<string> Notes,
    VerdictSensitivityDto? Sensitivity,
    RobustnessDto? Robustness)
{
    /// <summary>The DTO of one track's agreement.</summary>
    public static TrackAgreementDto From(TrackAgreement t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new TrackAgreementDto(
            t.Track, EnumTokens.Of(t.Verdict), t.Explanation, t.IssueIds, t.ActorIds,
            t.Outcomes, t.Acceptable.Lower, t.Acceptable.IsExact, t.Acceptable.IsExact ? null : t.Acceptable.Upper,
            t.CommonGround.Select(IssueCommonGroundDto.From),
            t.Matrix.Select(CommonGroundCellDto.From),
            t.Blocking.Select(BlockingDemandsDto.From),
            t.BlockingComplete,
            t.WalkAways,
            t.Frontier.Select(UtilityPointDto.From),
            t.Solutions.Select(UtilityPointDto.From),
            t.Proposals.Select(UtilityPointDto.From),
            t.Notes,
            t.Sensitivity is { } sensitivity ? VerdictSensitivityDto.From(sensitivity) : null,
            t.Robustness is { } robustness ? RobustnessDto.From(robustness) : null);
    }
}
