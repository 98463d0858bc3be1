using System.Collections.Immutable;

namespace Parley.Core.EndStates;

/// <summary>
/// The part of an end-state analysis that no draw of the uncertain figures changes: the conflict's states in each
/// end state, their equilibria and reachability, and where the status-quo path ends. A draw changes capabilities,
/// weights and walk-away values, never the conflict, so one structure serves every draw of a variant.
/// </summary>
/// <param name="PathEnd">Where the status-quo path ends, or null (no conflict, no status quo, or no equilibrium reached).</param>
/// <param name="Results">Per end state, in scenario order: its states, equilibria, reachability and path, with no draws yet.</param>
internal sealed record EndStateStructure(int? PathEnd, ImmutableArray<EndStateResult> Results)
{
    /// <summary>The states of each end state as sets, for the per-draw test.</summary>
    public ImmutableArray<HashSet<int>> StateSets { get; } = [.. Results.Select(r => new HashSet<int>(r.States))];
}
