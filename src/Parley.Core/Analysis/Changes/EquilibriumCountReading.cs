namespace Parley.Core.Analysis.Changes;

/// <summary>How many equilibria a concept has (the scenario as given, when the states can be matched).</summary>
/// <param name="Count">The number of equilibria.</param>
public sealed record EquilibriumCountReading(int Count) : LensReading;
