using Parley.Core.Analysis;
using Parley.Core.Model;
using Parley.Formats;
using Parley.Tests;

namespace Parley.Reports.Tests;

/// <summary>The Istanbul scenario analysed once per test run (fewer Monte Carlo draws than the CLI, to stay fast).</summary>
internal static class IstanbulReport
{
    public static readonly AnalysisOptions Options = new() { MonteCarloRuns = 200 };

    private static readonly Lazy<Scenario> ScenarioValue = new(() =>
    {
        var read = ScenarioFiles.Read(RepoPaths.InRepo("scenarios", "istanbul-2025.yaml"));
        return read.Value ?? throw new InvalidOperationException(string.Join("\n", read.Diagnostics));
    });

    private static readonly Lazy<AnalysisResult> ResultValue = new(() => ScenarioAnalysis.Run(Scenario, Options));

    public static Scenario Scenario => ScenarioValue.Value;

    public static AnalysisResult Result => ResultValue.Value;
}
