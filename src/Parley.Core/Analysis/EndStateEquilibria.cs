using System.Collections.Immutable;
using Parley.Core.Stability;

namespace Parley.Core.Analysis;

/// <summary>Whether an end state holds an equilibrium of one stability concept.</summary>
/// <param name="Concept">The concept.</param>
/// <param name="Contains">True when some equilibrium of the concept lies in the end state.</param>
/// <param name="States">Those equilibria, by the options taken in each.</param>
public sealed record EndStateEquilibria(StabilityConcept Concept, bool Contains, ImmutableArray<string> States);
