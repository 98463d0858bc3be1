using System.Collections.Immutable;

namespace Parley.Core.Analysis.Changes;

/// <summary>A concept's equilibria by their state ids (when the graph models cannot be matched state by state).</summary>
/// <param name="States">The equilibria's stable ids (ordinals when a state has none), in order; empty when there is none.</param>
public sealed record EquilibriumStatesReading(ImmutableArray<string> States) : LensReading;
