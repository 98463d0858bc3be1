using Parley.Core.Model.Conflicts;
namespace Parley.Core.Stability;

/// <summary>One move in a path: from one state to another, by a decision maker or coalition.</summary>
/// <param name="From">State index before the move.</param>
/// <param name="To">State index after the move.</param>
/// <param name="Mover">Who moves: an actor id, or member ids joined by '+'.</param>
public sealed record Move(int From, int To, string Mover);
