namespace Parley.Cluster.Sweeps;

/// <summary>The stored definition of a sweep (grain storage, in PostgreSQL on a cluster).</summary>
[GenerateSerializer]
public sealed class SweepJobState
{
    /// <summary>The sweep, or null when none is stored.</summary>
    [Id(0)] public SweepJob? Job { get; set; }

    /// <summary>When it was first stored (UTC).</summary>
    [Id(1)] public DateTime CreatedAt { get; set; }
}
