using System.Collections.Immutable;

namespace Parley.Core.Analysis.Changes;

/// <summary>A decision maker tempted to leave the status quo, and what keeps it there.</summary>
/// <param name="DecisionMaker">Its name.</param>
/// <param name="Deterred">True when every improving move is sanctioned.</param>
/// <param name="DeterredBy">The decision makers whose sanctions deter it, each once; empty when undeterred.</param>
public sealed record DecisionMakerHold(string DecisionMaker, bool Deterred, ImmutableArray<string> DeterredBy);
