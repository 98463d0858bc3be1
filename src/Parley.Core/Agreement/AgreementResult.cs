using System.Collections.Immutable;
using System.Numerics;

namespace Parley.Core.Agreement;

/// <summary>The agreement lens on one set of tracks: the verdict and everything that explains it.</summary>
/// <param name="Tracks">The tracks analysed together.</param>
/// <param name="IssueIds">Their issues.</param>
/// <param name="OptionIds">The options of each issue, by issue (numbers as text for numeric issues); frontier packages index into them.</param>
/// <param name="ActorIds">The actors whose consent they need.</param>
/// <param name="Outcomes">Number of packages (after discretising numeric issues).</param>
/// <param name="Verdict">Is there a deal?</param>
/// <param name="Explanation">The verdict and its reasons in a few sentences.</param>
/// <param name="Space">The agreement space: empty or not, and its size.</param>
/// <param name="CommonGround">The options inside every red line, per issue.</param>
/// <param name="Blocking">The minimal blocking sets when the space is empty; null otherwise.</param>
/// <param name="Frontier">The Pareto frontier over the packages inside every red line when the space is not empty (and asked for); null otherwise.</param>
/// <param name="Solutions">The bargaining solutions when <paramref name="Frontier"/> is given; null otherwise.</param>
/// <param name="Notes">How the problem was built (renormalised weights, discretised numbers, missing positions).</param>
public sealed record AgreementResult(
    ImmutableArray<string> Tracks,
    ImmutableArray<string> IssueIds,
    ImmutableArray<ImmutableArray<string>> OptionIds,
    ImmutableArray<string> ActorIds,
    BigInteger Outcomes,
    AgreementVerdict Verdict,
    string Explanation,
    AgreementSpaceResult Space,
    ImmutableArray<IssueCommonGround> CommonGround,
    BlockingSetResult? Blocking,
    ParetoFrontier? Frontier,
    AgreementSolutions? Solutions,
    ImmutableArray<string> Notes);
