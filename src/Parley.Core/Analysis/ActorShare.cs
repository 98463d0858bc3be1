namespace Parley.Core.Analysis;

/// <summary>A share of Monte Carlo draws that concerns one actor.</summary>
/// <param name="ActorId">The actor.</param>
/// <param name="Share">The share (0–1).</param>
public sealed record ActorShare(string ActorId, double Share);
