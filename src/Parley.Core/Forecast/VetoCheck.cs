namespace Parley.Core.Forecast;

/// <summary>How one forecast fares with one veto holder (an actor whose consent the issue needs).</summary>
/// <param name="Actor">The veto holder's actor index.</param>
/// <param name="Share">Share of the Monte Carlo draws inside its acceptable set (1 or 0 for a forecast without draws; 1 when it draws no red line).</param>
/// <param name="Accepted">Whether the point forecast lies inside its acceptable set; false means "would be vetoed".</param>
public readonly record struct VetoCheck(int Actor, double Share, bool Accepted);
