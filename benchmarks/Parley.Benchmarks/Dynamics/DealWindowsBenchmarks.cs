using BenchmarkDotNet.Attributes;
using Parley.Core.Dynamics;
using Parley.Core.Model.Dynamics;
using Parley.Core.Model;
using Parley.Formats.Yaml;

namespace Parley.Benchmarks.Dynamics;

/// <summary>
/// Windows over time on the bundled Istanbul scenario (three tracks, 24 months): one exact agreement
/// analysis per track and sample, as <c>parley dynamics</c> and <c>parley analyze</c> run it.
/// </summary>
[MemoryDiagnoser]
public class DealWindowsBenchmarks
{
    private Scenario _istanbul = null!;

    /// <summary>Time between samples, in months (24 or 4 grid samples per track over the horizon).</summary>
    [Params(1.0, 6.0)]
    public double Step { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string path = Path.Combine(dir.FullName, "scenarios", "istanbul-2025.yaml");
            if (File.Exists(path))
            {
                _istanbul = ScenarioReader.ReadFile(path).Value ?? throw new InvalidOperationException("The Istanbul scenario does not read.");
                return;
            }
        }

        throw new FileNotFoundException("scenarios/istanbul-2025.yaml was not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Every track along the 24 months, no lever.</summary>
    [Benchmark]
    public DealWindowsResult Istanbul() => DealWindows.Over(_istanbul, new DealWindowOptions { Step = Step });

    /// <summary>Every track along the 24 months with the US halting aid.</summary>
    [Benchmark]
    public DealWindowsResult IstanbulUsHaltsAid() => DealWindows.Over(_istanbul, new DealWindowOptions { Step = Step, Levers = ["us-halts-aid"] });
}
