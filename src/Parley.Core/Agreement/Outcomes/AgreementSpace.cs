using System.Collections.Immutable;
using System.Numerics;

namespace Parley.Core.Agreement;

/// <summary>
/// The agreement space (zone of possible agreement) of a problem: the packages inside every consenting
/// actor's red lines and worth at least its walk-away value. Decided exactly by branch and bound over
/// issues, whatever the size of the outcome space; counted by a dynamic programme over partial utilities.
/// </summary>
public static class AgreementSpace
{
    /// <summary>Distinct partial-utility vectors the count keeps per issue before it settles for bounds.</summary>
    public const int DefaultMaxCountStates = 250_000;

    /// <summary>Decides whether the space is empty and counts it.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="maxCountStates">See <see cref="DefaultMaxCountStates"/>; the decision itself is never bounded.</param>
    public static AgreementSpaceResult Of(AgreementProblem problem, int maxCountStates = DefaultMaxCountStates)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCountStates, 1);
        var search = new PackageSearch(problem);
        var outcome = search.FindAcceptable(null, null, SearchBudget.Unlimited, out var package);
        if (outcome != SearchOutcome.Found || package is null)
        {
            return new AgreementSpaceResult(true, SpaceSize.Exactly(BigInteger.Zero), null);
        }

        var size = search.Count(maxCountStates);

        // The count may stop at bounds; the witness proves at least one.
        if (!size.IsExact && size.Lower.IsZero)
        {
            size = SpaceSize.Between(BigInteger.One, size.Upper);
        }

        return new AgreementSpaceResult(false, size, ScoredPackage.Of(problem, package));
    }

    /// <summary>An acceptable package, or default when the space is empty (exact).</summary>
    public static ImmutableArray<int> FindAcceptable(AgreementProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        new PackageSearch(problem).FindAcceptable(null, null, SearchBudget.Unlimited, out var package);
        return package is null ? default : [.. package];
    }

    /// <summary>The number of acceptable packages, exact or bounded (see <see cref="DefaultMaxCountStates"/>).</summary>
    public static SpaceSize Count(AgreementProblem problem, int maxCountStates = DefaultMaxCountStates)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCountStates, 1);
        return new PackageSearch(problem).Count(maxCountStates);
    }
}
