using System.Collections.Immutable;

namespace Parley.Core.Agreement;

/// <summary>
/// A minimal set of demands that blocks every deal: relaxing all of them makes a package acceptable to
/// everyone, and relaxing any proper subset does not. (In constraint terms: a minimal correction set.)
/// </summary>
/// <param name="Demands">The demands, by actor then issue (a walk-away value after the actor's red lines).</param>
/// <param name="Opens">A package that relaxing these demands makes acceptable to all: it keeps every other demand.</param>
public sealed record BlockingSet(ImmutableArray<Demand> Demands, ScoredPackage Opens)
{
    /// <summary>Number of demands.</summary>
    public int Size => Demands.Length;
}
