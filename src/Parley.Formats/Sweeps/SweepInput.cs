using System.Collections.Immutable;

namespace Parley.Formats.Sweeps;

/// <summary>
/// A sweep as text: the spec and every scenario it names, by the name the spec gives. This is what a cluster
/// stores and what each worker reads the sweep from, so no worker needs the files.
/// </summary>
/// <param name="SpecFile">The spec's file name (for diagnostics).</param>
/// <param name="Spec">The spec's YAML.</param>
/// <param name="Scenarios">Each scenario's YAML by the name the spec gives it.</param>
public sealed record SweepInput(string SpecFile, string Spec, ImmutableSortedDictionary<string, string> Scenarios);
