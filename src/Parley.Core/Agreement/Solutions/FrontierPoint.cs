using System.Collections.Immutable;
using System.Numerics;

namespace Parley.Core.Agreement;

/// <summary>
/// One point of a Pareto frontier: a utility vector (one entry per actor) and every package that yields it.
/// Packages with the same utility vector (within <see cref="ParetoFrontier.Tolerance"/>) are ties and are
/// all kept, as GENIUS's <c>BidSpace</c> keeps them.
/// </summary>
/// <param name="Utilities">Each actor's utility at this point, by actor index.</param>
/// <param name="Packages">
/// The packages (one option index per issue) that yield this point, in lexicographic order; at most the
/// limit given to <see cref="ParetoFrontier.Of(OutcomeSpace, IReadOnlyList{AdditiveUtility}, IReadOnlyList{IReadOnlyList{bool}}?, int)"/>.
/// </param>
/// <param name="PackageCount">The exact number of packages that yield this point (may exceed <see cref="Packages"/>' length).</param>
public sealed record FrontierPoint(
    ImmutableArray<double> Utilities,
    ImmutableArray<ImmutableArray<int>> Packages,
    BigInteger PackageCount)
{
    /// <summary>True when <see cref="Packages"/> lists every package of the point.</summary>
    public bool ListsAllPackages => Packages.Length == PackageCount;
}
