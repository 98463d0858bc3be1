using System.Collections.Immutable;
using Parley.Core.Stability;

namespace Parley.Core.EndStates;

/// <summary>One end state: its equilibria, whether and how the status quo reaches it, and how likely it is.</summary>
/// <param name="EndStateId">The end state.</param>
/// <param name="States">The conflict states in it (all states when it has no condition over options; empty without a conflict).</param>
/// <param name="Equilibria">Per stability concept, the equilibria in it (empty list without a conflict).</param>
/// <param name="Reachable">
/// True when some state in it is reachable from the status quo by improvements (or is the status quo);
/// null without a conflict or status quo.
/// </param>
/// <param name="Path">A shortest path of improvements from the status quo into it (empty when the status quo lies in it or it is unreachable).</param>
/// <param name="Hits">Draws in which the status-quo path ends in it.</param>
/// <param name="Probability">Hits divided by the number of draws.</param>
public sealed record EndStateResult(
    string EndStateId,
    ImmutableArray<int> States,
    ImmutableArray<ConceptEquilibria> Equilibria,
    bool? Reachable,
    ImmutableArray<Move> Path,
    int Hits,
    double Probability)
{
    /// <summary>The decision makers (or coalitions) who move along <see cref="Path"/>, in order of first move.</summary>
    public ImmutableArray<string> Movers => [.. Path.Select(m => m.Mover).Distinct()];
}
