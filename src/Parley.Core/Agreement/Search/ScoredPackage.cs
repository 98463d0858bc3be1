using System.Collections.Immutable;

namespace Parley.Core.Agreement;

/// <summary>A package with the option chosen on each issue and what it is worth to each actor.</summary>
/// <param name="Options">Option index per issue, in the problem's issue order.</param>
/// <param name="IssueIds">The problem's issue ids.</param>
/// <param name="OptionIds">The chosen option per issue (its id, or its number for a numeric issue).</param>
/// <param name="ActorIds">The problem's actor ids.</param>
/// <param name="Utilities">Utility of the package to each actor, aligned with <paramref name="ActorIds"/>.</param>
public sealed record ScoredPackage(
    ImmutableArray<int> Options,
    ImmutableArray<string> IssueIds,
    ImmutableArray<string> OptionIds,
    ImmutableArray<string> ActorIds,
    ImmutableArray<double> Utilities)
{
    /// <summary>Scores a package of <paramref name="problem"/>.</summary>
    /// <exception cref="ArgumentException">The package does not fit the problem's outcome space.</exception>
    public static ScoredPackage Of(AgreementProblem problem, ReadOnlySpan<int> package)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (package.Length != problem.IssueCount)
        {
            throw new ArgumentException($"A package of this problem has {problem.IssueCount} choices; got {package.Length}.", nameof(package));
        }

        var options = ImmutableArray.CreateBuilder<string>(package.Length);
        for (int i = 0; i < package.Length; i++)
        {
            int o = package[i];
            if (o < 0 || o >= problem.Space.Cardinalities[i])
            {
                throw new ArgumentException($"Option {o} of issue '{problem.IssueIds[i]}' is outside 0..{problem.Space.Cardinalities[i] - 1}.", nameof(package));
            }

            options.Add(problem.Space.OptionNames[i][o]);
        }

        var utilities = ImmutableArray.CreateBuilder<double>(problem.ActorCount);
        foreach (var u in problem.Utilities)
        {
            utilities.Add(u.Of(package));
        }

        return new ScoredPackage([.. package], problem.IssueIds, options.MoveToImmutable(), problem.ActorIds, utilities.MoveToImmutable());
    }

    /// <summary>A readable form, such as <c>ceasefire=30-days, prisoners=all-for-all</c>.</summary>
    public string Describe()
    {
        var parts = new string[IssueIds.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] = $"{IssueIds[i]}={OptionIds[i]}";
        }

        return string.Join(", ", parts);
    }
}
