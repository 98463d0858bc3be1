using BenchmarkDotNet.Attributes;
using Parley.Core.Claims;
using Parley.Core.Model;
using Parley.Formats.Yaml;

namespace Parley.Benchmarks.Claims;

/// <summary>
/// The nine claims of the bundled Istanbul scenario (four lever sets: as given, us-halts-aid,
/// eu-tightens-sanctions, the three later positions): deterministic verdicts with their reasons, and
/// the same with Monte Carlo draws of the scenario's uncertain weights, walk-away values and capabilities.
/// </summary>
[MemoryDiagnoser]
public class ClaimEvaluationBenchmarks
{
    private Scenario _istanbul = null!;
    private string[] _tests = null!;

    /// <summary>Monte Carlo draws (0: verdicts only).</summary>
    [Params(0, 200)]
    public int Draws { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        string path = Path.Combine(FindRoot(), "scenarios", "istanbul-2025.yaml");
        _istanbul = ScenarioReader.ReadFile(path).Value ?? throw new InvalidOperationException($"{path} does not read.");
        _tests = [.. _istanbul.Claims.Select(c => c.Test!)];
    }

    /// <summary>Every claim: verdict, reasons and, with draws, how often it holds.</summary>
    [Benchmark]
    public ClaimEvaluationReport IstanbulClaims() =>
        ClaimEvaluation.Evaluate(_istanbul, new ClaimEvaluationOptions { Draws = Draws });

    /// <summary>Parsing and checking the nine test expressions (what the reader adds per file).</summary>
    [Benchmark]
    public int ParseIstanbulTests()
    {
        int valid = 0;
        foreach (var test in _tests)
        {
            valid += ClaimTest.Parse(test).IsValid ? 1 : 0;
        }

        return valid;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Parley.slnx")))
            {
                return dir.FullName;
            }
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Parley.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("No Parley.slnx above the benchmark.");
    }
}
