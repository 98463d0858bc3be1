using System.Collections.Immutable;
using Parley.Core.Diagnostics;

namespace Parley.Formats.Genius;

/// <summary>An issue of a GENIUS domain as Parley imports it: always a list of options.</summary>
/// <param name="Name">The issue's name (its id in the scenario; profiles match issues by name).</param>
/// <param name="Index">GENIUS's 1-based issue index (profiles key weights by it).</param>
/// <param name="Kind">Discrete, integer or real.</param>
/// <param name="Options">Option ids: item values, the integers lower..upper, or the real grid points as text.</param>
/// <param name="Labels">Option descriptions for display (the id when the file gives none).</param>
/// <param name="Numbers">The number each option stands for (integer and real issues); empty for discrete ones.</param>
/// <param name="Lower">Lower bound (integer and real issues).</param>
/// <param name="Location">Where the issue is defined.</param>
internal sealed record GeniusIssue(
    string Name,
    int Index,
    GeniusIssueKind Kind,
    ImmutableArray<string> Options,
    ImmutableArray<string> Labels,
    ImmutableArray<double> Numbers,
    double Lower,
    SourceLocation Location);
