using Parley.Core.Claims;
using Parley.Core.Model;
using Parley.Formats.Yaml;

namespace Parley.Formats.Tests.Claims;

/// <summary>
/// <c>agreement(track).gain(...)</c> reads what one move is worth to one actor, with another issue held
/// fixed: the query a claim like "US relief is worth less while the EU keeps its sanctions" needs. With
/// additive utilities the gain is the same whatever the other issue holds; an interaction term makes it differ.
/// </summary>
public sealed class GainQueryTests
{
    private const string Yaml = """
        title: Relief that depends on who else lifts
        sources:
          - {id: S1, title: A statement}
          - {id: C1, title: An opinion piece, kind: commentary}
        actors:
          - {id: RU, role: party}
          - {id: UA, role: party}
        issues:
          - {id: sanctions-us, track: deal, options: [kept, lifted]}
          - {id: sanctions-eu, track: deal, options: [kept, lifted]}
          - {id: aid, track: deal, range: {min: 0, max: 100, step: 10}}
        positions:
          - actor: RU
            walk-away: 0.5
            issues:
              sanctions-us: {prefer: lifted, weight: 0.5}
              sanctions-eu: {prefer: lifted, weight: 0.3}
              aid: {prefer: 0, weight: 0.2}
            interactions:
              - when: {sanctions-us: lifted, sanctions-eu: kept}
                value: {value: -0.3, basis: assumption, note: relief devalued while the EU keeps its sanctions, uncertainty: {min: -0.4, max: 0.1}}
          - actor: UA
            walk-away: 0.3
            issues:
              sanctions-us: {prefer: kept, weight: 0.2}
              sanctions-eu: {prefer: kept, weight: 0.3}
              aid: {prefer: 100, weight: 0.5}
        claims:
          - id: devalued
            statement: US relief is worth less to RU while the EU keeps its sanctions.
            test: "agreement(track: deal).gain(actor: RU, issue: sanctions-us, from: kept, to: lifted, given: sanctions-eu, given-option: kept) < agreement(track: deal).gain(actor: RU, issue: sanctions-us, from: kept, to: lifted, given: sanctions-eu, given-option: lifted)"
            sources: [C1]
          - id: ua-indifferent
            statement: To UA, lifting US sanctions costs the same whatever the EU does.
            test: "agreement(track: deal).gain(actor: UA, issue: sanctions-us, from: kept, to: lifted, given: sanctions-eu, given-option: kept) == agreement(track: deal).gain(actor: UA, issue: sanctions-us, from: kept, to: lifted, given: sanctions-eu, given-option: lifted)"
            sources: [C1]
          - id: unknown-option
            statement: A gain over an option the issue does not have.
            test: "agreement(track: deal).gain(actor: RU, issue: sanctions-us, from: kept, to: eased) > 0"
            sources: [C1]
        """;

    private static Scenario Read()
    {
        var result = ScenarioReader.Read(Yaml, "gain.yaml");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Value!;
    }

    [Fact]
    public void Gain_WithAnInteractionTerm_DependsOnTheIssueHeld_AndIsExact()
    {
        var report = ClaimEvaluation.Evaluate(Read(), new ClaimEvaluationOptions { Draws = 0 });

        var devalued = report.Claims.Single(c => c.ClaimId == "devalued");
        Assert.Equal(ClaimVerdict.Supported, devalued.Verdict);

        // 0.5 × (1 − 0) − 0.3 with the EU keeping its sanctions; 0.5 with the EU lifting them.
        var values = devalued.Observed.Select(o => o.Value!.Value.Number).ToArray();
        Assert.Equal(0.2, values[0], 9);
        Assert.Equal(0.5, values[1], 9);
        Assert.Contains("while sanctions-eu is kept", devalued.Observed[0].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Gain_WithoutAnInteractionTerm_IsTheSameWhateverTheOtherIssueHolds()
    {
        var report = ClaimEvaluation.Evaluate(Read(), new ClaimEvaluationOptions { Draws = 0 });

        Assert.Equal(ClaimVerdict.Supported, report.Claims.Single(c => c.ClaimId == "ua-indifferent").Verdict);
    }

    [Fact]
    public void Gain_OverAnUnknownOption_IsNotDecidableWithASentence()
    {
        var report = ClaimEvaluation.Evaluate(Read(), new ClaimEvaluationOptions { Draws = 0 });

        var claim = report.Claims.Single(c => c.ClaimId == "unknown-option");
        Assert.Equal(ClaimVerdict.Undecidable, claim.Verdict);
        Assert.Contains("issue 'sanctions-us' has no option 'eased'", claim.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Gain_OverTheDrawsOfTheInteractionValue_HoldsWhereThePenaltyIsNegative()
    {
        // The term's value is drawn from [-0.4, 0.1]: the claim holds in the draws where it is negative,
        // about four in five; the robustness says so instead of a bare "supported".
        var report = ClaimEvaluation.Evaluate(Read(), new ClaimEvaluationOptions { Draws = 400, Seed = 5 });

        var frequency = report.Claims.Single(c => c.ClaimId == "devalued").Frequency!;
        Assert.InRange(frequency.Fraction, 0.7, 0.9);
    }
}
