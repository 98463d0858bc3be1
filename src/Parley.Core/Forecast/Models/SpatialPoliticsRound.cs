using System.Collections.Immutable;

namespace Parley.Core.Forecast;

/// <summary>One state of a spatial-model run.</summary>
/// <param name="Round">0 for the initial state, then 1, 2, …</param>
/// <param name="Positions">Positions on the 0–100 axes, actor-major (actor × dimension).</param>
/// <param name="WinningProbabilities">
/// Per actor, the probability that its position wins (a probabilistic Condorcet election over the
/// distinct positions; actors sharing a position report the same number, so these need not sum to 1).
/// </param>
/// <param name="StopRatio">This round's total movement over the first round's (NaN for round 0).</param>
public sealed record SpatialPoliticsRound(
    int Round,
    ImmutableArray<double> Positions,
    ImmutableArray<double> WinningProbabilities,
    double StopRatio);
