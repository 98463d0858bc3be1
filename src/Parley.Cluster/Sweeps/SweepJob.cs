namespace Parley.Cluster.Sweeps;

/// <summary>A sweep as the cluster keeps it: the spec and every scenario it names, as text (no worker needs the files).</summary>
[GenerateSerializer, Immutable]
public sealed record SweepJob(
    [property: Id(0)] string SpecFile,
    [property: Id(1)] string Spec,
    [property: Id(2)] IReadOnlyDictionary<string, string> Scenarios);
