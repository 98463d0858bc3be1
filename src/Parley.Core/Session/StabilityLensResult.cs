using Parley.Core.Stability;

namespace Parley.Core.Session;

/// <summary>The stability lens on one variant: every concept on the conflict's graph model, or why it cannot run.</summary>
/// <param name="Model">The graph model, or null when the conflict cannot be analysed.</param>
/// <param name="Result">Every concept's stability per state and decision maker, or null.</param>
/// <param name="Failure">Why the conflict cannot be analysed, or null.</param>
public sealed record StabilityLensResult(GraphModel? Model, StabilityResult? Result, string? Failure);
