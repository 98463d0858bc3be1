using System.Collections.Immutable;
using System.Numerics;
using Parley.Core.Agreement;
using Parley.Core.Sensitivity;

namespace Parley.Core.Analysis;

/// <summary>The agreement lens on one track: is there a deal, why (not), and the utility space around it.</summary>
/// <param name="Track">The track.</param>
/// <param name="Verdict">Agreement possible, no agreement, or no positions.</param>
/// <param name="Explanation">The reasons in sentences.</param>
/// <param name="IssueIds">The track's issues.</param>
/// <param name="ActorIds">The consenting actors, the axes of <see cref="Frontier"/>.</param>
/// <param name="Outcomes">How many packages the track has.</param>
/// <param name="Acceptable">How many of them every consenting actor accepts (exact, or bounds).</param>
/// <param name="CommonGround">Per issue, the options every consenting actor accepts, with the reason.</param>
/// <param name="Matrix">The common-ground matrix, issues × actors.</param>
/// <param name="Blocking">Minimal sets of blocking demands, smallest first (empty when a deal exists).</param>
/// <param name="BlockingComplete">Whether <paramref name="Blocking"/> lists every minimal set.</param>
/// <param name="WalkAways">Each actor's walk-away value (reservation utility).</param>
/// <param name="Frontier">The Pareto frontier of the packages inside every red line, whether or not they meet the walk-away values (empty when some issue has no common ground).</param>
/// <param name="Solutions">The bargaining solutions of the agreement space (Nash, Kalai–Smorodinsky, egalitarian, utilitarian).</param>
/// <param name="Proposals">The proposals restricted to this track, as utility points.</param>
/// <param name="Notes">What the lens assumed or left out.</param>
/// <param name="Sensitivity">The assumed figures that flip the verdict and the smallest change of each (the scenario as given only; null otherwise).</param>
/// <param name="Robustness">How often the verdict holds over draws of the uncertain figures (the scenario as given only; null otherwise).</param>
public sealed record TrackAgreement(
    string Track,
    AgreementVerdict Verdict,
    string Explanation,
    ImmutableArray<string> IssueIds,
    ImmutableArray<string> ActorIds,
    BigInteger Outcomes,
    SpaceSize Acceptable,
    ImmutableArray<IssueCommonGround> CommonGround,
    ImmutableArray<CommonGroundCell> Matrix,
    ImmutableArray<BlockingDemands> Blocking,
    bool BlockingComplete,
    ImmutableArray<double> WalkAways,
    ImmutableArray<UtilityPoint> Frontier,
    ImmutableArray<UtilityPoint> Solutions,
    ImmutableArray<UtilityPoint> Proposals,
    ImmutableArray<string> Notes,
    VerdictSensitivity? Sensitivity = null,
    Robustness? Robustness = null);
