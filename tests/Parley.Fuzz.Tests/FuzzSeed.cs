using System.Collections.Immutable;

namespace Parley.Fuzz.Tests;

/// <summary>One starting input: its kind and its files (a domain and profiles are several), by file name.</summary>
/// <param name="Kind">What the files are.</param>
/// <param name="Name">Where the seed came from, for failure reports.</param>
/// <param name="Files">File names (with extension) and their text; the first is the main file.</param>
public sealed record FuzzSeed(FuzzKind Kind, string Name, ImmutableArray<(string FileName, string Text)> Files);
