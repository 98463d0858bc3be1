using Parley.Core.Stability;

namespace Parley.Core.Analysis.Changes;

/// <summary>A concept's equilibria under the lever: how many, and how many are new or lost against the scenario as given.</summary>
/// <param name="Shift">The equilibria gained and lost, states matched by the options taken.</param>
public sealed record EquilibriumShiftReading(EquilibriumShift Shift) : LensReading;
