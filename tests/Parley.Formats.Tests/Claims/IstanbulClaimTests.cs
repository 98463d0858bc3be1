using Parley.Core.Claims;
using Parley.Core.Model;
using Parley.Formats.Yaml;
using Parley.Tests;

namespace Parley.Formats.Tests.Claims;

/// <summary>The claims of the bundled scenarios, put to the test by the engines.</summary>
public sealed class IstanbulClaimTests
{
    private static readonly Lazy<Scenario> Istanbul = new(() => Read("istanbul-2025.yaml"));

    private static readonly Lazy<ClaimEvaluationReport> Report = new(() =>
        ClaimEvaluation.Evaluate(Istanbul.Value, new ClaimEvaluationOptions { Draws = 200, Seed = 11 }));

    public static TheoryData<string> Bundled
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var f in Directory.GetFiles(RepoPaths.InRepo("scenarios"), "*.yaml").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(f));
            }

            return data;
        }
    }

    [Theory]
    // claim                            verdict the engines give
    [InlineData("settlement-incompatible", ClaimVerdict.Supported)]
    [InlineData("only-humanitarian", ClaimVerdict.Supported)]
    [InlineData("no-ceasefire", ClaimVerdict.Supported)]
    [InlineData("us-halt-enables-settlement", ClaimVerdict.Refuted)]
    [InlineData("sanctions-bring-ceasefire", ClaimVerdict.Refuted)]
    [InlineData("anchorage-still-incompatible", ClaimVerdict.Supported)]
    [InlineData("crimea-stays", ClaimVerdict.Supported)]
    [InlineData("stop-where-they-are", ClaimVerdict.Refuted)]
    public void Evaluate_IstanbulClaim_GivesTheEnginesVerdictWithReasons(string id, ClaimVerdict verdict)
    {
        var claim = Report.Value.Claims.Single(c => c.ClaimId == id);

        Assert.Equal(verdict, claim.Verdict);
        Assert.Empty(claim.Missing);
        var observed = Assert.Single(claim.Observed);
        Assert.NotNull(observed.Value);
        Assert.False(string.IsNullOrWhiteSpace(observed.Detail));
        Assert.StartsWith(verdict.ToString(), claim.Explanation, StringComparison.Ordinal);
        var frequency = claim.Frequency!;
        Assert.Equal((200, 200, 11UL), (frequency.Draws, frequency.Decided, frequency.Seed));
    }

    [Fact]
    public void Evaluate_IstanbulAgreementClaims_NameTheBlockingDemands()
    {
        var settlement = Report.Value.Claims.Single(c => c.ClaimId == "settlement-incompatible");

        Assert.Contains("blocking set", settlement.Observed[0].Detail, StringComparison.Ordinal);
        Assert.Equal(["ru-anchorage-formula", "ru-language-statement", "ua-december-draft"],
            Report.Value.Claims.Single(c => c.ClaimId == "anchorage-still-incompatible").Levers.ToArray());
    }

    [Fact]
    public void Evaluate_IstanbulStabilityClaim_NeedsTheConflictSection()
    {
        var claim = Report.Value.Claims.Single(c => c.ClaimId == "nobody-leaves");

        if (Istanbul.Value.Conflict is null)
        {
            Assert.Equal(ClaimVerdict.Undecidable, claim.Verdict);
            Assert.Contains("no conflict section", Assert.Single(claim.Missing), StringComparison.Ordinal);
        }
        else
        {
            // The claim tests its mechanism: the status quo is SEQ-stable, but it is Nash-stable for every
            // decision maker (nobody gains by leaving), so it stays stable when the US cannot move: refuted.
            Assert.Equal(ClaimVerdict.Refuted, claim.Verdict);
            Assert.Equal(2, claim.Observed.Length);
            Assert.All(claim.Observed, o => Assert.Equal(ClaimValue.Of(true), o.Value));
            Assert.Contains("without US moving", claim.Observed[1].Detail, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Evaluate_IstanbulForecastClaims_HoldInSomeDrawsOnly()
    {
        // The territorial forecast rests on uncertain weights and capabilities: the two forecast
        // claims are complementary readings and split the draws between them.
        var crimea = Report.Value.Claims.Single(c => c.ClaimId == "crimea-stays").Frequency!;
        var freeze = Report.Value.Claims.Single(c => c.ClaimId == "stop-where-they-are").Frequency!;

        Assert.InRange(crimea.Fraction, 0.05, 0.95);
        Assert.InRange(freeze.Fraction, 0.05, 0.95);
        Assert.True(crimea.Held + freeze.Held <= 200);
    }

    [Fact]
    public void Evaluate_IstanbulDraws_DoNotDependOnTheThreadCount()
    {
        // Agreement, lever and forecast engines all run inside the parallel draws here.
        var one = ClaimEvaluation.Evaluate(Istanbul.Value, new ClaimEvaluationOptions { Draws = 40, Seed = 3, MaxDegreeOfParallelism = 1 });
        var many = ClaimEvaluation.Evaluate(Istanbul.Value, new ClaimEvaluationOptions { Draws = 40, Seed = 3, MaxDegreeOfParallelism = 4 });

        Assert.Equal(one.Claims.Select(c => c.Frequency), many.Claims.Select(c => c.Frequency));
        Assert.Equal(one.Claims.Select(c => c.Explanation), many.Claims.Select(c => c.Explanation));
    }

    [Theory]
    [MemberData(nameof(Bundled))]
    public void Evaluate_BundledScenario_GivesEveryClaimAVerdictAndItsReasons(string name)
    {
        var scenario = Read(name);

        var report = ClaimEvaluation.Evaluate(scenario, new ClaimEvaluationOptions { Draws = 20 });

        Assert.Equal(scenario.Claims.Length, report.Claims.Length);
        Assert.All(report.Claims, c =>
        {
            Assert.NotNull(c.Test);
            Assert.False(string.IsNullOrWhiteSpace(c.Explanation));
            Assert.NotEmpty(c.Observed);
            Assert.Equal(c.Verdict == ClaimVerdict.Undecidable, !c.Missing.IsEmpty);
        });
    }

    private static Scenario Read(string name)
    {
        var result = ScenarioReader.ReadFile(RepoPaths.InRepo("scenarios", name));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Value!;
    }
}
