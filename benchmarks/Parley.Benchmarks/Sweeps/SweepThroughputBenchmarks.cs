using BenchmarkDotNet.Attributes;
using Orleans.Hosting;
using Orleans.TestingHost;
using Parley.Cluster.Hosting;
using Parley.Cluster.Sweeps;
using Parley.Core.Sweeps;
using Parley.Formats.Sweeps;

namespace Parley.Benchmarks.Sweeps;

/// <summary>
/// Pieces per second of one sweep (the Istanbul scenario's claims under every combination of six of its levers: 64
/// variants, four pieces of <see cref="DrawsPerPiece"/> draws each, as <c>sweeps/istanbul-claims.yaml</c> asks them): locally on all cores, and
/// on a cluster of two silos in this process with one thread each (the same cores), through grain calls, grain
/// storage and the stateless piece workers. The difference per piece is the cluster's coordination cost
/// (docs/cluster.md); the target is 90 % of local throughput for pieces of 50 ms or more.
/// </summary>
public class SweepThroughputBenchmarks
{
    private SweepInput _input = null!;
    private SweepDefinition _definition = null!;
    private TestCluster _cluster = null!;
    private int _run;

    /// <summary>Draws per piece: the piece's size (about 1.4 ms of CPU a draw, so ≈ 14 and ≈ 70 ms pieces).</summary>
    [Params(10, 50)]
    public int DrawsPerPiece { get; set; }

    // Every combination of six of the scenario's levers (64 variants; none of them leaves the conflict infeasible).
    private static IEnumerable<string> Combinations
    {
        get
        {
            string[] levers = ["us-halts-aid", "eu-keeps-sanctions", "eu-tightens-sanctions", "ru-anchorage-formula", "ua-december-draft", "us-april-framework"];
            return Enumerable.Range(0, 1 << levers.Length).Select(mask => "[" + string.Join(", ", levers.Where((_, i) => ((mask >> i) & 1) == 1)) + "]");
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        string folder = Path.Combine(Path.GetTempPath(), "parley-sweep-benchmark", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        string spec = Path.Combine(folder, "spec.yaml");
        File.WriteAllText(spec, $"""
            scenarios: [{Path.Combine(FindRoot(), "scenarios", "istanbul-2025.yaml")}]
            levers: [{string.Join(", ", Combinations)}]
            draws: {4 * DrawsPerPiece}
            draws-per-piece: {DrawsPerPiece}
            answers: [claims]
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
