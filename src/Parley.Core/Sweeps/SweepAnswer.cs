using System.Collections.Immutable;

namespace Parley.Core.Sweeps;

/// <summary>
/// One answer a sweep collects for every variant and draw: a test or reading in the claims language
/// (docs/claims.md), asked of the variant with <paramref name="Levers"/> pulled on top (a claim's own levers).
/// </summary>
/// <param name="Id">The answer's name in the output, e.g. <c>claim:c1</c> or <c>forecast:territory.median</c>.</param>
/// <param name="Kind">claim, agreement, stability, forecast, end-state, sensitivity or expression.</param>
/// <param name="Test">The expression evaluated per draw: a truth value (counted) or a number (summarised).</param>
/// <param name="Levers">Levers pulled on top of the variant's own (a claim's <c>with</c>).</param>
/// <param name="At">The time asked at when the variant names no date (a claim's <c>at</c>), or null.</param>
/// <param name="IsTruth">True for a truth value (counted), false for a reading (summarised).</param>
public sealed record SweepAnswer(string Id, string Kind, string Test, ImmutableArray<string> Levers, double? At, bool IsTruth);
