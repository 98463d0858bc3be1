using System.Collections.Immutable;

namespace Parley.Core.Stability;

/// <summary>One move of a sanction: who moves, between which states, and which of its options change.</summary>
/// <param name="DecisionMaker">The decision maker who moves (index in <see cref="GraphModel.DecisionMakers"/>).</param>
/// <param name="From">State index before the move (for SIM, the state the improvement starts from: the moves are simultaneous).</param>
/// <param name="To">State index after the move (for SIM, the state the mover alone would reach).</param>
/// <param name="Taken">Option bits the mover takes up in this move, in bit order (empty for explicit moves).</param>
/// <param name="Dropped">Option bits the mover gives up in this move, in bit order.</param>
public sealed record SanctionStep(int DecisionMaker, int From, int To, ImmutableArray<int> Taken, ImmutableArray<int> Dropped);
