using System.Collections.Immutable;
using Parley.Core.Model;

namespace Parley.Core.Analysis;

/// <summary>Everything <c>parley analyze</c> found: every lens under every variant, the claims, and what each lever changes.</summary>
/// <param name="ScenarioId">The scenario.</param>
/// <param name="Title">Its title.</param>
/// <param name="Description">Its description.</param>
/// <param name="Seed">The master seed of the Monte Carlo draws.</param>
/// <param name="MonteCarloRuns">Draws per forecast.</param>
/// <param name="Actors">The actors.</param>
/// <param name="Tracks">The tracks, in scenario order.</param>
/// <param name="Variants">The scenario as given first, then each lever (and each extra combination).</param>
/// <param name="Skipped">Lenses not run, with the reason.</param>
/// <param name="Claims">Each claim, tested.</param>
/// <param name="Comparisons">Per variant other than the scenario as given, what it changes lens by lens.</param>
/// <param name="Sources">Every source of the scenario.</param>
public sealed record AnalysisResult(
    string ScenarioId,
    string Title,
    string? Description,
    ulong Seed,
    int MonteCarloRuns,
    ImmutableArray<AnalysisActor> Actors,
    ImmutableArray<string> Tracks,
    ImmutableArray<VariantAnalysis> Variants,
    ImmutableArray<SkippedLens> Skipped,
    ImmutableArray<ClaimOutcome> Claims,
    ImmutableArray<LeverComparison> Comparisons,
    ImmutableArray<Source> Sources)
{
    /// <summary>The date every variant was taken as of (<c>--at</c>), or null for the scenario as written.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>The scenario's dated positions, revisions and proposals on a date axis, or null when nothing in it is dated.</summary>
    public ScenarioTimeline? Timeline { get; init; }
}
