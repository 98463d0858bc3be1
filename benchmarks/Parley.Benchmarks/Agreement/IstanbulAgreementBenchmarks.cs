using BenchmarkDotNet.Attributes;
using Parley.Core.Agreement;
using Parley.Core.Model;
using Parley.Formats;
using Parley.Core.Session;
using Parley.Core.Variants;

namespace Parley.Benchmarks.Agreement;

/// <summary>
/// The agreement lens on the bundled Istanbul 2025 scenario in full: every track, the whole scenario,
/// common ground, blocking sets, frontier and solutions where a deal exists, and every proposal.
/// </summary>
[MemoryDiagnoser]
public class IstanbulAgreementBenchmarks
{
    private Scenario _scenario = null!;

    /// <summary>Reads <c>scenarios/istanbul-2025.yaml</c> from the repository.</summary>
    [GlobalSetup]
    public void Setup()
    {
        string? path = null;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null && path is null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "scenarios", "istanbul-2025.yaml");
            path = File.Exists(candidate) ? candidate : null;
        }

        var read = ScenarioFiles.Read(path ?? throw new FileNotFoundException("scenarios/istanbul-2025.yaml not found above the benchmark binaries."));
        _scenario = read.Value ?? throw new InvalidOperationException(string.Join("\n", read.Diagnostics));
    }

    /// <summary>The full analysis.</summary>
    [Benchmark]
    public AgreementReport Analyse() => new LensSession(_scenario).AgreementReport(VariantKey.AsGiven, [])!;
}
