using System.Collections.Immutable;

namespace Parley.Core.Agreement;

/// <summary>The minimal blocking sets of an empty agreement space, smallest first.</summary>
/// <param name="Sets">The sets found, smallest first; each is proven minimal.</param>
/// <param name="IsComplete">
/// True when these are all the minimal blocking sets; false when the search budget or the set limit
/// stopped it: then these are the ones found, smallest first, and larger or equal-sized ones may exist.
/// </param>
/// <param name="Note">Why the search stopped, in a sentence.</param>
/// <param name="TotalCount">How many minimal blocking sets exist in all, when the search could count them; null otherwise.</param>
public sealed record BlockingSetResult(ImmutableArray<BlockingSet> Sets, bool IsComplete, string Note, int? TotalCount);
