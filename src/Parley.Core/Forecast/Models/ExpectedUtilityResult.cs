using System.Collections.Immutable;

namespace Parley.Core.Forecast;

/// <summary>The outcome of a run of the expected utility model.</summary>
/// <param name="Forecast">The forecast, read from the final positions as the options say.</param>
/// <param name="InitialMedian">The median voter position before bargaining.</param>
/// <param name="InitialMean">The weighted mean before bargaining.</param>
/// <param name="Median">The median voter position of the final positions.</param>
/// <param name="Mean">The weighted mean of the final positions.</param>
/// <param name="FinalPositions">Every actor's final position.</param>
/// <param name="Rounds">Rounds run.</param>
/// <param name="Converged">
/// True when a round passed without any move (the positions are a fixed point); false when the
/// round limit stopped a run that was still moving (oscillation is common: see the docs).
/// </param>
/// <param name="Path">Round-by-round states; empty unless asked for.</param>
public sealed record ExpectedUtilityResult(
    double Forecast,
    double InitialMedian,
    double InitialMean,
    double Median,
    double Mean,
    ImmutableArray<double> FinalPositions,
    int Rounds,
    bool Converged,
    ImmutableArray<ExpectedUtilityRound> Path);
