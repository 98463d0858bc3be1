namespace Parley.Core.Analysis.Changes;

/// <summary>Whether the status quo is an equilibrium under a concept.</summary>
/// <param name="Stable">True or false; null when the conflict has no status quo.</param>
public sealed record StatusQuoStabilityReading(bool? Stable) : LensReading;
