using System.Collections.Immutable;

namespace Parley.Core.Analysis;

/// <summary>A minimal set of demands that, relaxed together, opens an agreement.</summary>
/// <param name="Demands">Each demand in words (actor, issue, what it accepts, or its walk-away value).</param>
/// <param name="Opens">A package that becomes acceptable to all once they are relaxed.</param>
/// <param name="Sources">The sources of the demands.</param>
public sealed record BlockingDemands(ImmutableArray<string> Demands, string Opens, ImmutableArray<string> Sources);
