namespace Parley.Formats.Sweeps;

/// <summary>A version of a scenario kept in a Parley workspace.</summary>
/// <param name="Id">The scenario's id in the workspace.</param>
/// <param name="Version">The version's number.</param>
/// <param name="Title">The version's title.</param>
/// <param name="Yaml">The version's YAML, as saved.</param>
public sealed record WorkspaceScenario(Guid Id, int Version, string Title, string Yaml);
