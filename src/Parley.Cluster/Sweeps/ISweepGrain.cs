namespace Parley.Cluster.Sweeps;

/// <summary>A sweep's definition, stored under its id so workers can read it and <c>--resume ID</c> can pick it up.</summary>
public interface ISweepGrain : IGrainWithStringKey
{
    /// <summary>Stores the sweep; false when the id already holds a different sweep.</summary>
    Task<bool> Define(SweepJob job);

    /// <summary>The sweep, or null when none was stored under this id.</summary>
    Task<SweepJob?> Job();
}
