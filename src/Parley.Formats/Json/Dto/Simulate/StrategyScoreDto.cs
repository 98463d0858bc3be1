namespace Parley.Formats.Json.Dto.Simulate;

/// <summary>How one strategy fared over the tournament.</summary>
/// <param name="Strategy">Boulware, Linear, Conceder, TitForTat or HardLiner.</param>
/// <param name="Seats">Seats it held.</param>
/// <param name="Agreements">Negotiations of those that ended in a deal.</param>
/// <param name="AgreementRate">Agreements / seats.</param>
/// <param name="MeanUtility">Mean utility reached.</param>
/// <param name="MeanAdvantage">Mean utility above the walk-away value when the talks ended.</param>
public sealed record StrategyScoreDto(string Strategy, int Seats, int Agreements, double AgreementRate, double MeanUtility, double MeanAdvantage);
