using System.Collections.Immutable;

namespace Parley.Formats.Writing;

/// <summary>A scenario written as YAML, and what of the model the format could not carry (empty: nothing lost).</summary>
/// <param name="Yaml">The scenario file.</param>
/// <param name="Losses">One sentence per part of the model left out, saying what it was and what leaving it out means.</param>
public sealed record ScenarioYamlWriting(string Yaml, ImmutableArray<string> Losses);
