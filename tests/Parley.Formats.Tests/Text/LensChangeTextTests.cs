using System.Collections.Immutable;
using Parley.Core.Agreement;
using Parley.Core.Analysis;
using Parley.Core.Analysis.Changes;
using Parley.Core.Dynamics;
using Parley.Core.Forecast;
using Parley.Core.Session;
using Parley.Core.Stability;
using Parley.Formats.Text;

namespace Parley.Formats.Tests.Text;

/// <summary>The words of a lever comparison, made once outside Core from its typed readings.</summary>
public sealed class LensChangeTextTests
{
    [Fact]
    public void Reading_EachKind_InTheWordsTheConsoleReportAndJsonShare()
    {
        Assert.Equal("deal possible", LensChangeText.Reading(new VerdictReading(AgreementVerdict.AgreementPossible)));
        Assert.Equal("no deal", LensChangeText.Reading(new VerdictReading(AgreementVerdict.NoAgreement)));
        Assert.Equal("12", LensChangeText.Reading(new PackageCountReading(new SpaceSize(12, 12))));
        Assert.Equal("3–40", LensChangeText.Reading(new PackageCountReading(new SpaceSize(3, 40))));
        Assert.Equal("no status quo", LensChangeText.Reading(new StatusQuoStabilityReading(null)));
        Assert.Equal("1 equilibrium", LensChangeText.Reading(new EquilibriumCountReading(1)));
        var shift = new EquilibriumShift(StabilityConcept.Gmr, 3, 4, ["a", "b"], ["c"], true, false);
        Assert.Equal("4 equilibria: 2 new, 1 lost", LensChangeText.Reading(new EquilibriumShiftReading(shift)));
        Assert.Equal("2 equilibria: the same states", LensChangeText.Reading(new EquilibriumShiftReading(shift with { After = 2, Gained = [], Lost = [] })));
        Assert.Equal("none", LensChangeText.Reading(new EquilibriumStatesReading([])));
        Assert.Equal("x; y", LensChangeText.Reading(new DemandsReading(["x", "y"], [], [])));
        Assert.Equal("− x; + z", LensChangeText.Reading(new DemandsReading(["y", "z"], ["z"], ["x"])));
        Assert.Equal("none", LensChangeText.Reading(new CommonGroundReading([])));
        Assert.Equal(
            "weighted mean: 42.5; expected utility: east",
            LensChangeText.Reading(new ModelPointsReading([new ModelPoint(ForecastModel.WeightedMean, null, 42.46), new ModelPoint(ForecastModel.ExpectedUtility, "east", 70)])));
        Assert.Equal(
            "RU deterred by US and EU; UA undeterred",
            LensChangeText.Reading(new StatusQuoHoldReading(true, [new DecisionMakerHold("RU", true, ["US", "EU"]), new DecisionMakerHold("UA", false, [])])));
        Assert.Equal("nothing tempts anyone to move", LensChangeText.Reading(new StatusQuoHoldReading(true, [])));
        Assert.Equal(
            "either west (60 %) or 80 km (40 %)",
            LensChangeText.Reading(new MonteCarloReading(ForecastReading.Split, [new ModeEstimate(20, "west", 0.6, 10, 30), new ModeEstimate(80, null, 0.4, 70, 90)], 20, null, 5, 95, "km")));
        Assert.Equal("cannot tell (5–95 km)", LensChangeText.Reading(new MonteCarloReading(ForecastReading.Undetermined, [], 50, null, 5, 95, "km")));
        Assert.Equal("50 (centre)", LensChangeText.Reading(new MonteCarloReading(ForecastReading.Point, [], 50, "centre", 5, 95, null)));
        Assert.Equal("never", LensChangeText.Reading(new WindowsReading([], 10)));
        Assert.Equal("0–2.5, 6–10", LensChangeText.Reading(new WindowsReading([new DealWindow(null, 0, 2.5, 2.6), new DealWindow(5.9, 6, 10, null)], 10)));
    }

    [Fact]
    public void SubjectAndLens_NameTheAnswerCompared()
    {
        Assert.Equal("pay: verdict", LensChangeText.Subject(new ChangeSubject(ChangeAspect.Verdict, Track: "pay")));
        Assert.Equal("pay: common ground on hours", LensChangeText.Subject(new ChangeSubject(ChangeAspect.CommonGround, Track: "pay", Issue: "hours")));
        Assert.Equal("what holds the status quo under SEQ+SIM", LensChangeText.Subject(new ChangeSubject(ChangeAspect.StatusQuoHold, Concept: StabilityConcept.SeqSim)));
        Assert.Equal("GMR equilibria", LensChangeText.Subject(new ChangeSubject(ChangeAspect.Equilibria, Concept: StabilityConcept.Gmr)));
        Assert.Equal("windows", LensChangeText.Lens(LensKind.Windows));
        Assert.Equal("agreement", LensChangeText.Lens(LensKind.Agreement));
    }

    [Fact]
    public void Summary_ChangedAnswersOnly_OrNone_OrWhyNotAnalysed()
    {
        var verdict = new LensChange(LensKind.Agreement, new ChangeSubject(ChangeAspect.Verdict, Track: "pay"), new VerdictReading(AgreementVerdict.AgreementPossible), new VerdictReading(AgreementVerdict.NoAgreement), true);
        var same = new LensChange(LensKind.Stability, new ChangeSubject(ChangeAspect.StatusQuoStability, Concept: StabilityConcept.Nash), new StatusQuoStabilityReading(true), new StatusQuoStabilityReading(true), false);

        Assert.Equal("pay: verdict: deal possible → no deal.", LensChangeText.Summary(new LeverComparison("l", "L", [verdict, same])));
        Assert.Equal("Changes no answer of any lens.", LensChangeText.Summary(new LeverComparison("l", "L", [same])));
        Assert.Equal("Not analysed: it removes every option.", LensChangeText.Summary(new LeverComparison("l", "L", [], "it removes every option.")));
    }
}
