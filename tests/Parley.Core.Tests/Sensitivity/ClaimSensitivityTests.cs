using Parley.Core.Claims;
using Parley.Core.Sensitivity;
using static Parley.Core.Tests.Claims.ClaimFixtures;

namespace Parley.Core.Tests.Sensitivity;

public class ClaimSensitivityTests
{
    [Fact]
    public void For_AgreementClaim_WalkAwaysFlipItWhereTheOnlyPackageStopsSufficing()
    {
        // t1's only acceptable package gives A and B 0.5 each; walk-aways 0.2 and 0.3.
        var scenario = TwoParties(Claim("c", "agreement(track: t1).empty == false"));

        var sensitivity = ClaimSensitivity.For(scenario, "c");

        Assert.NotNull(sensitivity);
        Assert.True(sensitivity.Verdict);
        Assert.Equal(["B", "A"], sensitivity.Flips.Select(f => f.Actor));
        Assert.All(sensitivity.Flips, f => Assert.InRange(f.FlipsAt!.Value, 0.5, 0.5 + VerdictSensitivity.Tolerance + 1e-9));
        Assert.All(sensitivity.Flips, f => Assert.Equal(FigureKind.WalkAway, f.Kind));
    }

    [Fact]
    public void For_ForecastClaim_CapabilitiesAndAxisValuesFlipItAtTheWorkedOutPoints()
    {
        // Weighted mean 100 · cB / (cA + cB) with lo at 0 (A, .6) and hi at 100 (B, .4): 40 ≤ 45. It exceeds
        // 45 when lo's axis passes 25/3, B's capability passes .6 · 45/55, or A's falls below .4 · 55/45.
        var scenario = Spatial(null, Claim("c", "forecast(issue: p, model: weighted-mean).value <= 45"));

        var sensitivity = ClaimSensitivity.For(scenario, "c");

        Assert.NotNull(sensitivity);
        Assert.True(sensitivity.Verdict);
        var axis = sensitivity.Flips.Single(f => f.Kind == FigureKind.AxisValue);
        Assert.Equal(("p", "lo"), (axis.Issue, axis.Option));
        Assert.InRange(axis.FlipsAt!.Value, 25.0 / 3, (25.0 / 3) + VerdictSensitivity.Tolerance);
        var b = sensitivity.Flips.Single(f => f.Kind == FigureKind.Capability && f.Actor == "B");
        Assert.InRange(b.FlipsAt!.Value, 0.6 * 45 / 55, (0.6 * 45 / 55) + VerdictSensitivity.Tolerance);
        var a = sensitivity.Flips.Single(f => f.Kind == FigureKind.Capability && f.Actor == "A");
        Assert.InRange(a.FlipsAt!.Value, (0.4 * 55 / 45) - VerdictSensitivity.Tolerance, 0.4 * 55 / 45);
        Assert.Equal([axis, b, a], sensitivity.Flips.ToArray());
    }

    [Fact]
    public void For_UndecidableClaim_HasNoSensitivity() =>
        Assert.Null(ClaimSensitivity.For(TwoParties(Claim("c", "agreement(track: nowhere).empty")), "c"));

    [Fact]
    public void RobustnessOf_RefutedClaim_CountsTheDrawsThatRefuteIt()
    {
        var result = new ClaimResult("c", "c", "t", [], null, ClaimVerdict.Refuted, "e", [], [], new ClaimFrequency(100, 80, 20, 0.25, 0.05, 3));

        var robustness = ClaimSensitivity.RobustnessOf(result);

        Assert.NotNull(robustness);
        Assert.Equal(0.75, robustness.Frequency, 12);
        Assert.Equal(80, robustness.Decided);
        Assert.Equal(RobustnessReading.Undecided, robustness.Reading);
    }
}
