using System.Collections.Immutable;

namespace Parley.Core.Agreement;

/// <summary>An acceptable package that changes as few issues of a proposal as possible.</summary>
/// <param name="Package">The package, acceptable to every consenting actor.</param>
/// <param name="ChangedIssues">The issues on which it departs from the proposal.</param>
/// <param name="IsProvenNearest">False when the search budget ran out first: acceptable, but a nearer one may exist.</param>
public sealed record NearestPackage(ScoredPackage Package, ImmutableArray<string> ChangedIssues, bool IsProvenNearest)
{
    /// <summary>
    /// Finds the acceptable package of <paramref name="problem"/> nearest to <paramref name="target"/>
    /// (fewest issues changed; -1 marks an issue the target leaves open), or null when the agreement space is
    /// empty (or the budget ran out before any acceptable package was met).
    /// </summary>
    public static NearestPackage? Find(AgreementProblem problem, ReadOnlySpan<int> target, SearchBudget budget)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(budget);
        if (target.Length != problem.IssueCount)
        {
            throw new ArgumentException($"A package of this problem has {problem.IssueCount} choices; got {target.Length}.", nameof(target));
        }

        var outcome = new PackageSearch(problem).FindNearest(target, budget, out var package);
        if (package is null)
        {
            return null;
        }

        var changed = ImmutableArray.CreateBuilder<string>();
        for (int i = 0; i < package.Length; i++)
        {
            if (target[i] >= 0 && package[i] != target[i])
            {
                changed.Add(problem.IssueIds[i]);
            }
        }

        return new NearestPackage(ScoredPackage.Of(problem, package), changed.ToImmutable(), outcome == SearchOutcome.Found);
    }
}
