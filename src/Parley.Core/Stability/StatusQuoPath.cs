using System.Collections.Immutable;
using Parley.Core.Model.Conflicts;

namespace Parley.Core.Stability;

/// <summary>A shortest path of improvements from the status quo to a target state, or the fact that there is none.</summary>
/// <param name="From">The starting state.</param>
/// <param name="Target">The target state (an equilibrium).</param>
/// <param name="Reachable">True when a path exists.</param>
/// <param name="Steps">The steps: unilateral improvements by one decision maker, or coalitional improvements by a coalition (mover names joined by '+'); empty when the target is the start or unreachable.</param>
public sealed record StatusQuoPath(int From, int Target, bool Reachable, ImmutableArray<Move> Steps);
