using BenchmarkDotNet.Attributes;
using Orleans.Hosting;
using Orleans.TestingHost;
using Parley.Cluster.Hosting;
using Parley.Cluster.Sweeps;
using Parley.Core.Sweeps;
using Parley.Formats.Sweeps;

namespace Parley.Benchmarks.Sweeps;

/// <summary>
/// Pieces per second of one sweep (the labour dispute under all 64 lever combinations, one piece of
/// <see cref="DrawsPerPiece"/> draws each): locally on all cores, and on a cluster of two silos in this process
/// with one thread each (the same cores), through grain calls, grain storage and the stateless piece workers.
/// The difference per piece is the cluster's coordination cost (docs/cluster.md).
/// </summary>
public class SweepThroughputBenchmarks
{
    private SweepInput _input = null!;
    private SweepDefinition _definition = null!;
    private TestCluster _cluster = null!;
    private int _run;

    /// <summary>Draws per piece: the piece's size.</summary>
    [Params(2, 8, 40)]
    public int DrawsPerPiece { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        string folder = Path.Combine(Path.GetTempPath(), "parley-sweep-benchmark", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        string spec = Path.Combine(folder, "spec.yaml");
        File.WriteAllText(spec, $"""
            scenarios: [{Path.Combine(FindRoot(), "scenarios", "labour-dispute.yaml")}]
            levers: all
            draws: {DrawsPerPiece}
            draws-per-piece: {DrawsPerPiece}
            forecast-runs: 20
            answers: [claims, agreement]
            """);
        _input = SweepSpecReader.ReadFiles(spec).Value!;
        _definition = SweepSpecReader.Read(_input).Value!;
        _cluster = new TestClusterBuilder(2).AddSiloBuilderConfigurator<Silo>().Build();
        _cluster.Deploy();
    }

    [GlobalCleanup]
    public void Cleanup() => _cluster.StopAllSilos();

    /// <summary>All pieces in this process, on all cores.</summary>
    [Benchmark(Baseline = true)]
    public int Local() => LocalSweep.Run(_definition, new Dictionary<int, SweepPieceResult>()).Count;

    /// <summary>All pieces on two silos (a fresh sweep id each time, so nothing comes from storage).</summary>
    [Benchmark]
    public async Task<int> TwoSilos()
    {
        string id = $"bench-{Interlocked.Increment(ref _run)}-{Guid.NewGuid():N}";
        await _cluster.Client.GetGrain<ISweepGrain>(id).Define(ClusterSweep.Job(_input));
        return (await ClusterSweep.Run(_cluster.Client, id, _definition, null, parallel: 0, CancellationToken.None)).Count;
    }

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Parley.slnx")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run the benchmarks inside the Parley repository.");
    }

    private sealed class Silo : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) =>
            siloBuilder.AddMemoryGrainStorage(ParleySilo.JobStorage).AddParleyGrainServices(threads: 1);
    }
}
