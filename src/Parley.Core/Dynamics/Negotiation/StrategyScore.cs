using Parley.Core.Model.Dynamics;
namespace Parley.Core.Dynamics;

/// <summary>How one strategy fared over a tournament, counted per seat it took (self-play counts each seat).</summary>
/// <param name="Strategy">The strategy's name.</param>
/// <param name="Seats">Number of party seats it took across all negotiations.</param>
/// <param name="Agreements">Of those, how many ended in agreement.</param>
/// <param name="MeanUtility">Mean utility it obtained (its reservation value on breakdown).</param>
/// <param name="MeanAdvantage">Mean of utility minus its reservation value when the negotiation ended (NegMAS's "advantage").</param>
/// <param name="AgreementRate">Agreements divided by seats.</param>
public sealed record StrategyScore(string Strategy, int Seats, int Agreements, double MeanUtility, double MeanAdvantage, double AgreementRate);
