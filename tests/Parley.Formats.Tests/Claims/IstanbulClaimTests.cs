using Parley.Core.Claims;
using Parley.Core.Model;
using Parley.Formats.Yaml;
using Parley.Tests;
using Xunit.Abstractions;

namespace Parley.Formats.Tests.Claims;

/// <summary>The claims of the bundled Istanbul scenario, put to the test by the engines.</summary>
public sealed class IstanbulClaimTests(ITestOutputHelper output)
{
    private static readonly Lazy<Scenario> Istanbul = new(() =>
    {
        var result = ScenarioReader.ReadFile(RepoPaths.InRepo("scenarios", "istanbul-2025.yaml"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Value!;
    });

    [Fact]
    public void Evaluate_Istanbul_Dump()
    {
        var report = ClaimEvaluation.Evaluate(Istanbul.Value, new ClaimEvaluationOptions { Draws = 50 });
        foreach (var c in report.Claims)
        {
            output.WriteLine($"{c.ClaimId}: {c.Verdict} {c.Frequency}\n  {c.Explanation}");
            foreach (var o in c.Observed)
            {
                output.WriteLine($"    {o.Query} = {o.Value} | {o.Detail} | {o.Missing}");
            }
        }
    }
}
