using System.Collections.Immutable;

namespace Parley.Core.Forecast;

/// <summary>The outcome of a run of the spatial model of politics.</summary>
/// <param name="Forecast">Per dimension, the capability × salience-weighted mean of the final positions.</param>
/// <param name="ExpectedOutcome">Per dimension, the expected value of the final distribution over distinct positions.</param>
/// <param name="FinalPositions">Final positions on the 0–100 axes, actor-major.</param>
/// <param name="FinalProbabilities">Final winning probability of each actor's position.</param>
/// <param name="Rounds">Rounds run (states minus one).</param>
/// <param name="Converged">True when the stop ratio fell below its threshold; false when the round limit stopped the run.</param>
/// <param name="Path">Every state from the initial one; empty unless asked for.</param>
public sealed record SpatialPoliticsResult(
    ImmutableArray<double> Forecast,
    ImmutableArray<double> ExpectedOutcome,
    ImmutableArray<double> FinalPositions,
    ImmutableArray<double> FinalProbabilities,
    int Rounds,
    bool Converged,
    ImmutableArray<SpatialPoliticsRound> Path);
