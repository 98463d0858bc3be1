using Parley.Core.Claims;
using Parley.Core.Model;
using Parley.Core.Tests.Dynamics;
using static Parley.Core.Tests.Claims.ClaimFixtures;

namespace Parley.Core.Tests.Claims;

public sealed class ClaimEvaluationTests
{
    private static ClaimResult Single(Scenario scenario, ClaimEvaluationOptions? options = null) =>
        Assert.Single(ClaimEvaluation.Evaluate(scenario, options).Claims);

    private static ClaimResult One(Scenario scenario, string test, double? at = null, params string[] with) =>
        Single(scenario.With(claims: [Claim("c", test, at, with)]));

    // ---------------------------------------------------------------- agreement

    [Theory]
    // test                                                 verdict
    [InlineData("agreement(track: t1).empty == false", ClaimVerdict.Supported)]
    [InlineData("agreement(track: t1).empty", ClaimVerdict.Refuted)]
    [InlineData("agreement(track: t1).size == 1", ClaimVerdict.Supported)]
    [InlineData("agreement(track: t2).size == 0", ClaimVerdict.Supported)]
    [InlineData("agreement(track: t1).outcomes == 3", ClaimVerdict.Supported)]
    [InlineData("agreement(track: t1).size > 1 or agreement(track: t2).size > 1", ClaimVerdict.Refuted)]
    [InlineData("not (agreement(track: t1).empty and agreement(track: t2).empty)", ClaimVerdict.Supported)]
    [InlineData("agreement(track: nowhere).empty", ClaimVerdict.Undecidable)]
    public void Evaluate_AgreementQuery_GivesHandWorkedVerdict(string test, ClaimVerdict verdict)
    {
        var result = One(TwoParties(), test);

        Assert.Equal(verdict, result.Verdict);
        Assert.Equal(verdict == ClaimVerdict.Undecidable, !result.Missing.IsEmpty);
    }

    [Fact]
    public void Evaluate_ClaimLever_IsPulledBeforeTheLens()
    {
        var result = One(TwoParties(), "agreement(track: t1).empty", null, "l");

        Assert.Equal(ClaimVerdict.Supported, result.Verdict);
        Assert.Equal(["l"], result.Levers.ToArray());
        var observed = Assert.Single(result.Observed);
        Assert.Equal(ClaimValue.Of(true), observed.Value);
        Assert.Contains("No agreement", observed.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_CallerLever_IsAddedToEveryClaimOnce()
    {
        var scenario = TwoParties(Claim("own", "agreement(track: t1).empty", null, "l"), Claim("plain", "agreement(track: t1).empty"));

        var report = ClaimEvaluation.Evaluate(scenario, new ClaimEvaluationOptions { Levers = ["l"] });

        Assert.All(report.Claims, c => Assert.Equal(["l"], c.Levers.ToArray()));
        Assert.All(report.Claims, c => Assert.Equal(ClaimVerdict.Supported, c.Verdict));
        Assert.Equal(["l"], report.Levers.ToArray());
    }

    [Fact]
    public void Scenario_ClaimWithUnknownLever_CannotBeBuilt()
    {
        // A derived scenario passes the same integrity check as a new one, so a claim that names a
        // lever the scenario lacks never reaches the evaluator (the YAML reader reports it as PAR-diagnostic).
        var error = Assert.Throws<ArgumentException>(() => One(TwoParties(), "agreement(track: t1).empty", null, "no-such-lever"));

        Assert.Contains("no-such-lever", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ClaimWithoutTest_IsUndecidable()
    {
        var scenario = TwoParties(new Claim("c", "words only", null, [], null, []));

        var result = Single(scenario);

        Assert.Equal(ClaimVerdict.Undecidable, result.Verdict);
        Assert.Contains("no test", Assert.Single(result.Missing), StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_TestThatDoesNotParse_IsUndecidableWithTheOffset()
    {
        var result = One(TwoParties(), "agreement(track: t1).empty ==");

        Assert.Equal(ClaimVerdict.Undecidable, result.Verdict);
        Assert.Contains("at character 30", Assert.Single(result.Missing), StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- three-valued logic

    [Theory]
    // an unknown side decides nothing unless the other side settles it
    [InlineData("agreement(track: nowhere).empty or agreement(track: t1).empty == false", ClaimVerdict.Supported)]
    [InlineData("agreement(track: nowhere).empty and agreement(track: t1).empty", ClaimVerdict.Refuted)]
    [InlineData("agreement(track: nowhere).empty and agreement(track: t1).empty == false", ClaimVerdict.Undecidable)]
    [InlineData("agreement(track: nowhere).empty or agreement(track: t1).empty", ClaimVerdict.Undecidable)]
    [InlineData("not agreement(track: nowhere).empty", ClaimVerdict.Undecidable)]
    public void Evaluate_UnknownOperand_FollowsKleeneLogic(string test, ClaimVerdict verdict)
    {
        var result = One(TwoParties(), test);

        Assert.Equal(verdict, result.Verdict);
        Assert.Equal(2 - (test.StartsWith("not", StringComparison.Ordinal) ? 1 : 0), result.Observed.Length);
    }

    // ---------------------------------------------------------------- stability

    [Theory]
    [InlineData("stability(state: status-quo, concept: nash).stable", ClaimVerdict.Refuted)]
    [InlineData("stability(concept: gmr).stable", ClaimVerdict.Supported)]
    [InlineData("stability(state: status-quo, concept: seq).stable", ClaimVerdict.Supported)]
    [InlineData("stability(state: 4, concept: nash).stable", ClaimVerdict.Supported)]
    [InlineData("stability(state: 4, concept: nash).stableFor(actor: B)", ClaimVerdict.Supported)]
    [InlineData("stability(concept: nash).stableFor(actor: A)", ClaimVerdict.Refuted)]
    [InlineData("stability(concept: nash).equilibria == 1 and stability(concept: gmr).equilibria == 2", ClaimVerdict.Supported)]
    [InlineData("stability(state: 5, concept: nash).stable", ClaimVerdict.Undecidable)]
    [InlineData("stability(concept: nash).stableFor(actor: K)", ClaimVerdict.Undecidable)]
    public void Evaluate_StabilityQuery_GivesTheGraphModelVerdict(string test, ClaimVerdict verdict)
    {
        var scenario = TwoParties().WithConflict(PrisonersDilemma());

        var result = One(scenario, test);

        Assert.Equal(verdict, result.Verdict);
        Assert.All(result.Observed.Where(o => o.Value is not null), o => Assert.False(string.IsNullOrEmpty(o.Detail)));
    }

    [Fact]
    public void Evaluate_StabilityWithoutConflict_SaysTheSectionIsMissing()
    {
        var result = One(TwoParties(), "stability(state: status-quo, concept: seq).stable");

        Assert.Equal(ClaimVerdict.Undecidable, result.Verdict);
        Assert.Equal("the scenario has no conflict section (the stability lens needs decision makers, their options and preferences)", Assert.Single(result.Missing));
    }

    [Fact]
    public void Evaluate_StabilityWithoutStatusQuo_SaysSo()
    {
        var scenario = TwoParties().WithConflict(PrisonersDilemma(withStatusQuo: false));

        var result = One(scenario, "stability(concept: seq).stable");

        Assert.Contains("no status quo", Assert.Single(result.Missing), StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- forecast

    [Theory]
    [InlineData("forecast(issue: p, model: weighted-mean).value == 40", ClaimVerdict.Supported)]
    [InlineData("forecast(issue: p, model: weighted-mean).median == 40 and forecast(issue: p, model: weighted-mean).p90 == 40", ClaimVerdict.Supported)]
    [InlineData("forecast(issue: p, model: weighted-median).value == 0", ClaimVerdict.Supported)]
    [InlineData("forecast(issue: p, model: strongest-actor).value > 0", ClaimVerdict.Refuted)]
    [InlineData("forecast(issue: p, model: weighted-mean).probabilityInside(actor: B) == 1", ClaimVerdict.Supported)]
    [InlineData("forecast(issue: p, model: weighted-median).probabilityInside(B) == 0", ClaimVerdict.Supported)]
    [InlineData("forecast(issue: p, model: status-quo).value > 1", ClaimVerdict.Undecidable)]
    [InlineData("forecast(issue: p).probabilityInside(actor: C) > 0", ClaimVerdict.Undecidable)]
    [InlineData("forecast(issue: q).median > 0", ClaimVerdict.Undecidable)]
    public void Evaluate_ForecastQuery_GivesTheModelsValue(string test, ClaimVerdict verdict)
    {
        var result = One(Spatial(), test);

        Assert.Equal(verdict, result.Verdict);
    }

    [Fact]
    public void Evaluate_ForecastOfIssueWithoutAxis_SaysSo()
    {
        var result = One(TwoParties(), "forecast(issue: x).median <= 30");

        Assert.Equal(ClaimVerdict.Undecidable, result.Verdict);
        Assert.Contains("issue 'x' cannot be forecast", Assert.Single(result.Missing), StringComparison.Ordinal);
        Assert.Contains("axis", result.Missing[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ForecastWithUncertainInputs_ReadsTheForecastDistribution()
    {
        // B's capability uniform on [0, .8]: the mean model gives 100 cB / (.6 + cB), whose median is
        // at cB = .4, i.e. 40; its 10% quantile at cB = .08 (11.76), its 90% at cB = .72 (54.5).
        var scenario = Spatial(new Figure(0.4, Provenance.Assumption, Distribution.Uniform(0, 0.8), [], null));

        var result = ClaimEvaluation.Evaluate(scenario.With(claims:
            [
                Claim("median", "forecast(issue: p, model: weighted-mean).median >= 38 and forecast(issue: p, model: weighted-mean).median <= 42"),
                Claim("tails", "forecast(issue: p, model: weighted-mean).p10 < 15 and forecast(issue: p, model: weighted-mean).p90 > 50"),
            ]), new ClaimEvaluationOptions { ForecastRuns = 4000 });

        Assert.All(result.Claims, c => Assert.Equal(ClaimVerdict.Supported, c.Verdict));
    }

    // ---------------------------------------------------------------- time and windows

    [Theory]
    [InlineData("window(track: main).opens", ClaimVerdict.Supported)]
    [InlineData("window(track: main).openAt(3)", ClaimVerdict.Supported)]
    [InlineData("window(track: main).openAt(t: 9)", ClaimVerdict.Refuted)]
    [InlineData("window(track: main).openAtEnd", ClaimVerdict.Refuted)]
    [InlineData("window(track: main).count == 1", ClaimVerdict.Supported)]
    [InlineData("window(track: main).opensBy == 0", ClaimVerdict.Supported)]
    [InlineData("window(track: main).openAt(30)", ClaimVerdict.Undecidable)]
    [InlineData("window(track: other).opens", ClaimVerdict.Undecidable)]
    public void Evaluate_WindowQuery_FollowsTheDriftingWalkAway(string test, ClaimVerdict verdict)
    {
        // A's walk-away rises from .4 by 1/60 a month; the middle option (.5 to each) stays acceptable
        // to A until month 6.
        var result = One(DynamicsFixtures.Window(), test);

        Assert.Equal(verdict, result.Verdict);
    }

    [Fact]
    public void Evaluate_WindowUnderLeverFromMonth12_ReopensTheWindow()
    {
        var result = One(DynamicsFixtures.Window(), "window(track: main).count == 2 and window(track: main).openAt(15) and not window(track: main).openAt(20)", null, "ease");

        Assert.Equal(ClaimVerdict.Supported, result.Verdict);
    }

    [Theory]
    [InlineData(3.0, ClaimVerdict.Refuted)]
    [InlineData(9.0, ClaimVerdict.Supported)]
    public void Evaluate_ClaimAtTime_TakesTheScenarioAtThatTime(double at, ClaimVerdict verdict)
    {
        var result = One(DynamicsFixtures.Window(), "agreement(track: main).empty", at);

        Assert.Equal(verdict, result.Verdict);
        Assert.Equal(at, result.At);
    }

    [Fact]
    public void Evaluate_ClaimAtTimeWithoutDynamics_SaysTheSectionIsMissing()
    {
        var result = One(TwoParties(), "agreement(track: t1).empty", 6);

        Assert.Equal(ClaimVerdict.Undecidable, result.Verdict);
        Assert.Contains("no dynamics section", Assert.Single(result.Missing), StringComparison.Ordinal);
        Assert.Contains("at: 6", result.Missing[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ClaimAtTimeOutsideHorizon_SaysSo()
    {
        var result = One(DynamicsFixtures.Window(), "agreement(track: main).empty", 30);

        Assert.Contains("outside the dynamics horizon [0, 24] months", Assert.Single(result.Missing), StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_WindowWithoutDynamics_SaysTheSectionIsMissing()
    {
        var result = One(TwoParties(), "window(track: t1).opens");

        Assert.Contains("no dynamics section", Assert.Single(result.Missing), StringComparison.Ordinal);
    }
}
