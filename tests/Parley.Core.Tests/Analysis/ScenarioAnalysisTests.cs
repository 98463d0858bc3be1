using System.Collections.Immutable;
using Parley.Core.Agreement;
using Parley.Core.Analysis;
using Parley.Core.Analysis.Changes;
using Parley.Core.Levers;
using Parley.Core.Model;
using Parley.Core.Tests.Model;

namespace Parley.Core.Tests.Analysis;

public class ScenarioAnalysisTests
{
    private static readonly AnalysisOptions Fast = new() { MonteCarloRuns = 50, ClaimDraws = 0 };

    [Fact]
    public void Run_TwoParties_AnalysesAsGivenThenEachLever()
    {
        var scenario = ScenarioFactory.TwoParties();

        var result = ScenarioAnalysis.Run(scenario, Fast);

        Assert.Equal(["as-given", "l"], result.Variants.Select(v => v.Id));
        Assert.Equal(["t1", "t2"], result.Variants[0].Agreement.Select(t => t.Track));
        Assert.Single(result.Comparisons);
        Assert.Equal("l", result.Comparisons[0].VariantId);
    }

    [Fact]
    public void Run_TwoParties_AgreesWithTheAgreementLensOnEveryTrackAndVariant()
    {
        var scenario = ScenarioFactory.TwoParties();

        var result = ScenarioAnalysis.Run(scenario, Fast);

        foreach (var variant in result.Variants)
        {
            var derived = LeverApplication.Apply(scenario, variant.Levers);
            foreach (var track in variant.Agreement)
            {
                var direct = AgreementAnalysis.Analyse(AgreementProblem.From(derived, [track.Track]), new AgreementOptions());
                Assert.Equal(direct.Verdict, track.Verdict);
                Assert.Equal(direct.Explanation, track.Explanation);
            }
        }
    }

    [Fact]
    public void Run_Comparison_MarksExactlyTheVerdictsThatDiffer()
    {
        var scenario = ScenarioFactory.TwoParties();

        var result = ScenarioAnalysis.Run(scenario, Fast);

        var before = result.Variants[0];
        var after = result.Variants[1];
        foreach (var track in before.Agreement)
        {
            var change = result.Comparisons[0].Changes.Single(c => c.Lens == Core.Session.LensKind.Agreement && c.Subject == new ChangeSubject(ChangeAspect.Verdict, Track: track.Track));
            var other = after.Agreement.Single(t => t.Track == track.Track);
            Assert.Equal(track.Verdict != other.Verdict, change.Changed);
        }
    }

    [Fact]
    public void Run_LeverThatRaisesAWalkAwayAboveEveryPackage_ClosesTheDealAndSaysSo()
    {
        // B's walk-away rises to 1: no package is worth that much to B, so a deal that existed disappears.
        var scenario = ScenarioFactory.TwoParties();
        var closing = new Lever("close", "B hardens", "B", [new WalkAwayChange("B", new ValueChange(ChangeMode.Set, 1.0))], null, null, Provenance.Assumption, []);
        scenario = scenario.With(levers: scenario.Levers.Add(closing));

        var result = ScenarioAnalysis.Run(scenario, Fast);

        Assert.Contains(result.Variants[0].Agreement, t => t.Verdict == AgreementVerdict.AgreementPossible);
        var after = result.Variants.Single(v => v.Id == "close");
        Assert.All(after.Agreement, t => Assert.NotEqual(AgreementVerdict.AgreementPossible, t.Verdict));
        var comparison = result.Comparisons.Single(c => c.VariantId == "close");
        Assert.Contains(comparison.Changes, c => c.Changed && c.Before == new VerdictReading(AgreementVerdict.AgreementPossible) && c.After == new VerdictReading(AgreementVerdict.NoAgreement));
        Assert.True(after.Assumed);
    }

    [Fact]
    public void Run_NoConflictNoDynamics_SkipsThoseLensesWithAReason()
    {
        var result = ScenarioAnalysis.Run(ScenarioFactory.TwoParties(), Fast);

        Assert.Contains(result.Skipped, s => s.Lens == "stability" && s.Reason.Contains("conflict", StringComparison.Ordinal));
        Assert.Contains(result.Skipped, s => s.Lens == "windows" && s.Reason.Contains("dynamics", StringComparison.Ordinal));
        Assert.Null(result.Variants[0].Stability);
        Assert.Empty(result.Variants[0].Windows);
    }

    [Fact]
    public void Run_ExtraVariant_AddsTheCombinationOnce()
    {
        var scenario = ScenarioFactory.TwoParties();
        var options = Fast with { ExtraVariants = [ImmutableArray.Create("l"), ImmutableArray.Create("l", "l")] };

        var result = ScenarioAnalysis.Run(scenario, options);

        // A lever named twice in one combination is pulled once: "l+l" is the variant "l".
        Assert.Equal(["as-given", "l"], result.Variants.Select(v => v.Id));
    }

    [Fact]
    public void Run_ExtraVariantWithUnknownLever_IsReportedForThatVariant()
    {
        var options = Fast with { ExtraVariants = [ImmutableArray.Create("nope")] };

        var result = ScenarioAnalysis.Run(ScenarioFactory.TwoParties(), options);

        var variant = Assert.Single(result.Variants, v => v.Id == "nope");
        Assert.Contains("no lever 'nope'", variant.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_LeverThatCannotApply_IsReportedForItsVariantOnly()
    {
        // Removing the only option left would leave issue y without options after the first removal.
        var scenario = ScenarioFactory.TwoParties();
        var broken = new Lever("broken", "Remove everything", "K", [new OptionRemoval("y", "p"), new OptionRemoval("y", "q")], null, null, Provenance.Stated, []);
        scenario = scenario.With(levers: scenario.Levers.Add(broken));

        var result = ScenarioAnalysis.Run(scenario, Fast);

        var variant = result.Variants.Single(v => v.Id == "broken");
        Assert.NotNull(variant.Failure);
        Assert.Empty(variant.Agreement);
        Assert.Equal(variant.Failure, result.Comparisons.Single(c => c.VariantId == "broken").Failure);
        Assert.Null(result.Variants.Single(v => v.Id == "l").Failure);
    }

    [Fact]
    public void Run_CommonGroundMatrix_CountsEachActorsAcceptedOptions()
    {
        var result = ScenarioAnalysis.Run(ScenarioFactory.TwoParties(), Fast);

        var t1 = result.Variants[0].Agreement.Single(t => t.Track == "t1");
        var a = t1.Matrix.Single(c => c.IssueId == "x" && c.ActorId == "A");
        var b = t1.Matrix.Single(c => c.IssueId == "x" && c.ActorId == "B");
        Assert.Equal<string>(["a", "b"], a.Accepted);
        Assert.Equal<string>(["b", "c"], b.Accepted);
        Assert.Equal(3, a.OptionCount);
        Assert.Equal<string>(["b"], t1.CommonGround.Single(g => g.IssueId == "x").Options);
    }
}
