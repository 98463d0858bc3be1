using System.Collections.Immutable;

namespace Parley.Core.Forecast;

/// <summary>The state after one round of the expected utility model.</summary>
/// <param name="Round">1-based round number.</param>
/// <param name="Positions">Every actor's position after the round.</param>
/// <param name="RiskExponents">The risk exponents rᵢ used in the round.</param>
/// <param name="Moves">The moves made in the round, by actor index.</param>
/// <param name="Median">The median voter position after the round.</param>
/// <param name="Mean">The capability × salience-weighted mean after the round.</param>
public sealed record ExpectedUtilityRound(
    int Round,
    ImmutableArray<double> Positions,
    ImmutableArray<double> RiskExponents,
    ImmutableArray<ExpectedUtilityMove> Moves,
    double Median,
    double Mean);
