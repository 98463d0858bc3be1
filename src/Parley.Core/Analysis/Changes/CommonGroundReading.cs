using System.Collections.Immutable;

namespace Parley.Core.Analysis.Changes;

/// <summary>The options of an issue every consenting actor accepts.</summary>
/// <param name="Options">The options' ids; empty when there is no common ground.</param>
public sealed record CommonGroundReading(ImmutableArray<string> Options) : LensReading;
