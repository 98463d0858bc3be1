using System.Collections.Immutable;

namespace Parley.Core.Analysis.Changes;

/// <summary>The demands that block a track's deal (every demand of every minimal blocking set, once).</summary>
/// <param name="Demands">The demands, in order.</param>
/// <param name="Added">Under the lever, the demands it adds; empty for the scenario as given.</param>
/// <param name="Removed">Under the lever, the demands it removes; empty for the scenario as given.</param>
public sealed record DemandsReading(ImmutableArray<string> Demands, ImmutableArray<string> Added, ImmutableArray<string> Removed) : LensReading;
