using System.Collections.Immutable;
using System.Numerics;

namespace Parley.Core.Agreement;

/// <summary>
/// The set of packages: every combination of one option per issue. Issues and options are dense
/// indices; names are kept for display only. The space is never enumerated by default: its size is a
/// <see cref="BigInteger"/>.
/// </summary>
public sealed class OutcomeSpace
{
    /// <summary>Creates an outcome space.</summary>
    /// <param name="issueNames">Display name (or id) of each issue.</param>
    /// <param name="optionNames">Display names of the options of each issue, aligned with <paramref name="issueNames"/>.</param>
    /// <exception cref="ArgumentException">The lists differ in length, or an issue has no option.</exception>
    public OutcomeSpace(ImmutableArray<string> issueNames, ImmutableArray<ImmutableArray<string>> optionNames)
    {
        if (issueNames.Length != optionNames.Length)
        {
            throw new ArgumentException($"{issueNames.Length} issues but {optionNames.Length} option lists.", nameof(optionNames));
        }

        var cardinalities = new int[issueNames.Length];
        BigInteger size = BigInteger.One;
        for (int i = 0; i < issueNames.Length; i++)
        {
            if (optionNames[i].IsDefaultOrEmpty)
            {
                throw new ArgumentException($"Issue {i} ('{issueNames[i]}') has no options.", nameof(optionNames));
            }

            cardinalities[i] = optionNames[i].Length;
            size *= cardinalities[i];
        }

        IssueNames = issueNames;
        OptionNames = optionNames;
        Cardinalities = ImmutableArray.Create(cardinalities);
        Size = size;
    }

    /// <summary>Issue names, by issue index.</summary>
    public ImmutableArray<string> IssueNames { get; }

    /// <summary>Option names, by issue index then option index.</summary>
    public ImmutableArray<ImmutableArray<string>> OptionNames { get; }

    /// <summary>Number of options of each issue.</summary>
    public ImmutableArray<int> Cardinalities { get; }

    /// <summary>Number of issues.</summary>
    public int IssueCount => Cardinalities.Length;

    /// <summary>Number of packages (the product of the cardinalities).</summary>
    public BigInteger Size { get; }

    /// <summary>A readable form of a package, such as <c>issue1=a, issue2=c</c>.</summary>
    public string Describe(ReadOnlySpan<int> package)
    {
        if (package.Length != IssueCount)
        {
            throw new ArgumentException($"A package of this space has {IssueCount} choices; got {package.Length}.", nameof(package));
        }

        var parts = new string[IssueCount];
        for (int i = 0; i < IssueCount; i++)
        {
            parts[i] = $"{IssueNames[i]}={OptionNames[i][package[i]]}";
        }

        return string.Join(", ", parts);
    }
}
