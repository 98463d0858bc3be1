using System.Collections.Immutable;
using Parley.Core.Dynamics;

namespace Parley.Core.Analysis.Changes;

/// <summary>When a track's deal is open over the horizon.</summary>
/// <param name="Windows">The stretches with a deal; empty when never.</param>
/// <param name="Horizon">The horizon's length (where a window open to the end ends).</param>
public sealed record WindowsReading(ImmutableArray<DealWindow> Windows, double Horizon) : LensReading;
