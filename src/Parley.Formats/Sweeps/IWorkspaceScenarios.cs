namespace Parley.Formats.Sweeps;

/// <summary>The scenarios of a Parley workspace, for a sweep spec that names them by id (<c>workspace:ID</c> or <c>workspace:ID@VERSION</c>).</summary>
public interface IWorkspaceScenarios
{
    /// <summary>Version <paramref name="version"/> of scenario <paramref name="id"/>, or its latest version when null.</summary>
    WorkspaceLookup Find(Guid id, int? version);
}
