using System.Collections.Immutable;

namespace Parley.Formats.Deu;

/// <summary>The DEU III table (Arregui &amp; Perarnaud 2021) as read from <c>deu3.csv</c>.</summary>
/// <param name="Actors">Actor codes in column order (<c>com</c>, <c>ep</c>, then member states).</param>
/// <param name="Capabilities">Capability per actor from the file's capability row (GDP-based; Commission and EP set to the largest).</param>
/// <param name="Issues">The issues, in file order.</param>
public sealed record DeuDataset(ImmutableArray<string> Actors, ImmutableArray<double> Capabilities, ImmutableArray<DeuIssue> Issues);
