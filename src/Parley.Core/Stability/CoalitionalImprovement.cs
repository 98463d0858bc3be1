using System.Collections.Immutable;
using Parley.Core.Model.Conflicts;

namespace Parley.Core.Stability;

/// <summary>A state a coalition can reach by its members' moves that every member strictly prefers.</summary>
/// <param name="From">The state it starts from.</param>
/// <param name="To">The improved state.</param>
/// <param name="Path">A shortest legal sequence of members' moves (no member twice in a row).</param>
public sealed record CoalitionalImprovement(int From, int To, ImmutableArray<Move> Path);
