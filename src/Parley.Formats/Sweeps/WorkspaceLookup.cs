namespace Parley.Formats.Sweeps;

/// <summary>What a workspace answered for a scenario id: the version, or a sentence saying why there is none.</summary>
/// <param name="Scenario">The version found, or null.</param>
/// <param name="Problem">Why none was found (no such scenario or version, the database could not be read), or null.</param>
public sealed record WorkspaceLookup(WorkspaceScenario? Scenario, string? Problem);
