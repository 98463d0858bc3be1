namespace Parley.Core.Model.Dynamics;

/// <summary>A value at a time on the dynamics horizon.</summary>
/// <param name="Time">The time, in the horizon's unit, counted from the horizon's start.</param>
/// <param name="Value">The value from that time on (steps) or at that time (series).</param>
public readonly record struct TrendPoint(double Time, double Value);
