namespace Parley.Web.Data;

/// <summary>What a user may do with a scenario. Ordered: each role may do everything the one before may.</summary>
public enum ShareRole
{
    /// <summary>Reads the scenario, its versions and its answers.</summary>
    Viewer = 0,

    /// <summary>Also saves new versions.</summary>
    Editor = 1,

    /// <summary>Also shares and deletes the scenario.</summary>
    Owner = 2,
}
