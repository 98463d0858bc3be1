using System.Collections.Immutable;

namespace Parley.Core.Analysis.Changes;

/// <summary>What holds the status quo under a concept: who is tempted to move, and whether a sanction deters each.</summary>
/// <param name="HasStatusQuo">False when the conflict has no status quo.</param>
/// <param name="Tempted">The tempted decision makers, in order; empty when nothing tempts anyone.</param>
public sealed record StatusQuoHoldReading(bool HasStatusQuo, ImmutableArray<DecisionMakerHold> Tempted) : LensReading;
