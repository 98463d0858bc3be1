using System.Collections.Immutable;
using Parley.Core.Model.Conflicts;

namespace Parley.Core.Stability;

/// <summary>What the stability lens found for one coalition.</summary>
/// <param name="Stability">Coalition stability of every state.</param>
/// <param name="FromStatusQuo">The coalition's coalitional improvements from the status quo (empty without one).</param>
public sealed record CoalitionFinding(CoalitionResult Stability, ImmutableArray<CoalitionalImprovement> FromStatusQuo);
