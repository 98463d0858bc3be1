namespace Parley.Core.Analysis;

/// <summary>A unilateral move of the graph model.</summary>
/// <param name="From">Start state index.</param>
/// <param name="To">End state index.</param>
/// <param name="Mover">The decision maker who moves.</param>
/// <param name="Improvement">Whether the mover prefers <paramref name="To"/> to <paramref name="From"/>.</param>
public sealed record StateEdge(int From, int To, string Mover, bool Improvement);
