using System.Collections.Immutable;

namespace Parley.Core.Agreement;

/// <summary>What <see cref="AgreementAnalysis.Analyse"/> looks at and how much work it may do.</summary>
public sealed record AgreementOptions
{
    /// <summary>
    /// The tracks to analyse one by one (every track when empty); with two or more, their union is also
    /// analysed as one set. The whole scenario is always analysed.
    /// </summary>
    public ImmutableArray<string> Tracks { get; init; } = [];


    /// <summary>Stop after this many minimal blocking sets per result.</summary>
    public int MaxBlockingSets { get; init; } = BlockingSetSearch.DefaultMaxSets;

    /// <summary>
    /// Work allowed to the pass that lists and counts every minimal blocking set at once (see
    /// <see cref="BlockingSetSearch.Find"/>); raise it to count the sets of large scenarios.
    /// </summary>
    public long BlockingSetEnumerationWork { get; init; } = BlockingSetSearch.DefaultEnumerationWork;

    /// <summary>Search nodes allowed per blocking-set search and per nearest-package search (deterministic).</summary>
    public long MaxSearchNodes { get; init; } = 20_000_000;

    /// <summary>Wall-clock time allowed per such search, or null for none (results then depend on the machine).</summary>
    public TimeSpan? TimeBudget { get; init; }

    /// <summary>The clock for <see cref="TimeBudget"/> (the system clock when null).</summary>
    public TimeProvider? TimeProvider { get; init; }

    /// <summary>Distinct partial-utility vectors the count may keep per issue before it gives bounds.</summary>
    public int MaxCountStates { get; init; } = AgreementSpace.DefaultMaxCountStates;

    /// <summary>Whether to compute the Pareto frontier and the bargaining solutions of non-empty spaces.</summary>
    public bool IncludeFrontier { get; init; } = true;

    /// <summary>Tied packages listed per frontier point (counts stay exact).</summary>
    public int MaxPackagesPerPoint { get; init; } = 10;

    /// <summary>A fresh budget for one search.</summary>
    public SearchBudget NewBudget() => new(MaxSearchNodes, TimeBudget, TimeProvider);
}
