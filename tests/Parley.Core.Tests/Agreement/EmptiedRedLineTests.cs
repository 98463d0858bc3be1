using Parley.Core.Agreement;
using Parley.Core.Model;
using Parley.Core.Session;
using Parley.Core.Tests.Model;
using Parley.Core.Variants;

namespace Parley.Core.Tests.Agreement;

/// <summary>
/// A lever that takes every option an actor accepts off the table leaves the actor accepting none of
/// the rest; it must not read as "no red line" (which would make the actor accept everything).
/// </summary>
public sealed class EmptiedRedLineTests
{
    [Fact]
    public void Agreement_LeverRemovesEveryAcceptableOption_ActorAcceptsNone()
    {
        // A prefers b and accepts a, b (c is worth 0.6 to it, above its walk-away of 0.2); B accepts b, c.
        // Removing a and b leaves only c, which A's red line excludes: no deal on t1. Read as "no red
        // line", A would take c and the track would have a deal.
        var scenario = ScenarioFactory.TwoParties();
        var x = scenario.FindIssue("x")!;
        var a = scenario.PositionOf("A")!;
        scenario = scenario.With(positions: [a with { Issues = a.Issues.SetItem(0, ScenarioFactory.Stand(x, "b", 0.5, "a", "b") with { Values = [0.6, 1, 0.6] }) }, scenario.PositionOf("B")!]);
        var lever = new Lever("take-ab", "take a and b", "K", [new OptionRemoval("x", "a"), new OptionRemoval("x", "b")], null, null, Provenance.Assumption, []);
        scenario = scenario.With(levers: [.. scenario.Levers, lever]);

        var given = Track(new LensSession(scenario).AgreementReport(VariantKey.AsGiven, [])!, "t1");
        var taken = Track(new LensSession(scenario).AgreementReport(new VariantKey(["take-ab"]), [])!, "t1");

        Assert.Equal(AgreementVerdict.AgreementPossible, given.Verdict);
        Assert.Equal(AgreementVerdict.NoAgreement, taken.Verdict);
        Assert.True(taken.Space.IsEmpty);
    }

    private static AgreementResult Track(AgreementReport report, string track) =>
        report.PerTrack.Single(r => r.Tracks.SequenceEqual([track]));
}
