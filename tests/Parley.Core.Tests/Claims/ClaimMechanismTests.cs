using Parley.Core.Claims;
using Parley.Core.Model;
using Parley.Core.Model.Conflicts;
using static Parley.Core.Tests.Claims.ClaimFixtures;

namespace Parley.Core.Tests.Claims;

/// <summary>Mechanism tests: <c>without:</c> and <c>without-option:</c> in claim tests.</summary>
public sealed class ClaimMechanismTests
{
    /// <summary>
    /// <see cref="ClaimFixtures.TwoParties"/> with a conflict: A gains by leaving (a-leave) unless B
    /// punishes (b-punish), which A puts first; B punishes exactly when A leaves. The status quo (nothing
    /// taken) is not Nash-stable for A, but SEQ-stable, held by B's sanction.
    /// </summary>
    private static Scenario Held() => TwoParties().WithConflict(new Conflict(
        [
            new DecisionMaker("A", "A", [new ConflictOption("a-leave", "leave the talks")], new OptionPrioritization([new PreferenceStatement(OptionCondition.Option("b-punish", false)), new PreferenceStatement(OptionCondition.Option("a-leave"))])),
            new DecisionMaker("B", "B", [new ConflictOption("b-punish", "punish the leaver")], new OptionPrioritization([new PreferenceStatement(OptionCondition.Iff(OptionCondition.Option("b-punish"), OptionCondition.Option("a-leave")))])),
        ],
        [],
        [],
        []));

    [Theory]
    // test                                                                     verdict
    [InlineData("stability(state: status-quo, concept: seq).stable", ClaimVerdict.Supported)]
    [InlineData("stability(state: status-quo, concept: nash).stable", ClaimVerdict.Refuted)]
    [InlineData("stability(state: status-quo, concept: seq, without: B).stable", ClaimVerdict.Refuted)]
    [InlineData("stability(state: status-quo, concept: gmr, without-option: b-punish).stable", ClaimVerdict.Refuted)]
    [InlineData("stability(state: status-quo, concept: seq, without: A).stable", ClaimVerdict.Supported)]
    [InlineData("stability(concept: seq, without: A).stableFor(actor: A)", ClaimVerdict.Supported)]
    [InlineData("stability(state: status-quo, concept: seq, without: Z).stable", ClaimVerdict.Undecidable)]
    [InlineData("stability(state: status-quo, concept: seq, without-option: zz).stable", ClaimVerdict.Undecidable)]
    [InlineData("agreement(track: t2).empty", ClaimVerdict.Supported)]
    [InlineData("agreement(track: t2, without: B).empty", ClaimVerdict.Refuted)]
    [InlineData("agreement(track: t2, without: K).empty", ClaimVerdict.Undecidable)]
    public void Evaluate_WithoutArgument_AnswersTheCounterfactual(string test, ClaimVerdict verdict)
    {
        var result = Assert.Single(ClaimEvaluation.Evaluate(Held().With(claims: [Claim("c", test)])).Claims);

        Assert.Equal(verdict, result.Verdict);
    }

    [Fact]
    public void Evaluate_WithoutB_DetailSaysWhatWasRemoved()
    {
        var result = Assert.Single(ClaimEvaluation.Evaluate(Held().With(claims: [Claim("c", "stability(concept: seq, without: B).stable")])).Claims);

        Assert.Contains("without B moving", Assert.Single(result.Observed).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WithoutArguments_AreKnownToTheLanguage()
    {
        Assert.Empty(ClaimTest.Parse("stability(concept: seq, without: US, without-option: us-halt-aid).stable").Errors);
        Assert.Empty(ClaimTest.Parse("agreement(track: t, without: US).empty").Errors);
        Assert.NotEmpty(ClaimTest.Parse("forecast(issue: i, without: US).value").Errors);
    }
}
