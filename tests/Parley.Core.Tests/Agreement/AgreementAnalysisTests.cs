using Parley.Core.Agreement;
using Parley.Core.Session;
using Parley.Core.Variants;

namespace Parley.Core.Tests.Agreement;

/// <summary>
/// The lens on the Istanbul-like scenario, with every expected answer worked out by hand. Only the parties
/// (RU, UA) need to consent; walk-away values are 0.5. On one track, weights are renormalised over it.
/// </summary>
public class AgreementAnalysisTests
{
    private static AgreementReport Run(params string[] levers) =>
        new LensSession(IstanbulLike.Create()).AgreementReport(new VariantKey(levers), [])!;

    private static AgreementResult Track(AgreementReport report, string track) =>
        report.PerTrack.Single(r => r.Tracks.SequenceEqual([track]));

    private static string[][] Sets(AgreementResult result) =>
        [.. result.Blocking!.Sets.Select(s => s.Demands.Select(BruteForce.Key).Order(StringComparer.Ordinal).ToArray())];

    [Fact]
    public void Run_Humanitarian_AgreementOnTheOneCommonGroundPackage()
    {
        // Prisoners: RU accepts only 1000-for-1000, UA all-for-all or 1000-for-1000. Dead: both accept both.
        // (1000, transfer): RU 0.5·1 + 0.5·1 = 1, UA 0.6·0.6 + 0.4·1 = 0.76 → accepted.
        // (1000, none): UA 0.36 < 0.5 → rejected. So exactly one package.
        var result = Track(Run(), "humanitarian");
        Assert.Equal(AgreementVerdict.AgreementPossible, result.Verdict);
        Assert.False(result.Space.IsEmpty);
        Assert.True(result.Space.Size.IsExact);
        Assert.Equal(1, (int)result.Space.Size.Lower);
        Assert.Equal<string>(["1000-for-1000"], result.CommonGround[0].Options);
        Assert.Equal<string>(["transfer-6000", "none"], result.CommonGround[1].Options);
        Assert.Equal<string>(["1000-for-1000", "transfer-6000"], result.Space.Example!.OptionIds);
        Assert.Null(result.Blocking);
        var nash = Assert.Single(result.Solutions!.Nash.Points);
        Assert.Equal(1.0, nash.Utilities[0], 9);
        Assert.Equal(0.76, nash.Utilities[1], 9);
        Assert.Contains("Agreement possible", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Ceasefire_NoCommonGroundAndTwoBlockingPairs()
    {
        // RU values (0.2, 1, 0.6) and accepts only after-withdrawal; UA values (1, 0, 0.1) and accepts only
        // unconditional-30-days. Unconditional breaks RU's red line and is worth 0.2 to RU; after-withdrawal
        // breaks UA's and is worth 0 to UA; no-ceasefire breaks both red lines and UA's walk-away value.
        var result = Track(Run(), "ceasefire");
        Assert.Equal(AgreementVerdict.NoAgreement, result.Verdict);
        Assert.True(result.Space.IsEmpty);
        Assert.Empty(result.CommonGround[0].Options);
        Assert.True(result.Blocking!.IsComplete);
        var sets = Sets(result);
        Assert.Equal(2, sets.Length);
        Assert.Contains(["R:RU:ceasefire-timing", "W:RU"], sets);
        Assert.Contains(["R:UA:ceasefire-timing", "W:UA"], sets);
        var ru = result.Blocking.Sets.Single(s => s.Demands.Any(d => d.ActorId == "RU"));
        Assert.Equal<string>(["unconditional-30-days"], ru.Opens.OptionIds);
        Assert.Equal<string>(["R1"], ru.Demands[0].Sources);
        Assert.Contains("no option lies inside every red line", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Settlement_ThreeMinimalBlockingSets()
    {
        // Renormalised weights: RU territory 7/12, nato 5/12; UA territory 7/11, nato 4/11. Violated sets:
        // (recognition, neutral) {UA territory, UA walk-away}; (freeze, neutral) {RU territory, UA walk-away};
        // (restore, neutral) {RU territory, RU walk-away}; the other three packages contain one of these.
        var result = Track(Run(), "settlement");
        Assert.Equal(AgreementVerdict.NoAgreement, result.Verdict);
        Assert.Empty(result.CommonGround[0].Options);
        Assert.Equal<string>(["neutral"], result.CommonGround[1].Options);
        var sets = Sets(result);
        Assert.Equal(3, sets.Length);
        Assert.Contains(["R:UA:territory", "W:UA"], sets);
        Assert.Contains(["R:RU:territory", "W:UA"], sets);
        Assert.Contains(["R:RU:territory", "W:RU"], sets);
        Assert.Contains("Common ground remains on nato (neutral)", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Whole_EmptyWithCommonGroundOnTheHumanitarianIssues()
    {
        var report = Run();
        Assert.Equal(AgreementVerdict.NoAgreement, report.Whole.Verdict);
        Assert.Equal(3 * 3 * 2 * 3 * 2, (int)report.Whole.Outcomes);
        Assert.Equal<string>(["ceasefire", "settlement", "humanitarian"], report.Whole.Tracks);
        Assert.Contains("prisoner-exchange (1000-for-1000)", report.Whole.Explanation, StringComparison.Ordinal);
        Assert.Null(report.Selection);
    }

    [Fact]
    public void Run_LeverUkraineAcceptsWithdrawal_LeavesOnlyUkrainesWalkAwayAsSingleBlocker()
    {
        // After-withdrawal is now inside UA's red line but still worth 0 to UA.
        var result = Track(Run("ua-accepts-withdrawal"), "ceasefire");
        Assert.Equal(AgreementVerdict.NoAgreement, result.Verdict);
        var sets = Sets(result);
        Assert.Equal([["W:UA"], ["R:RU:ceasefire-timing", "W:RU"]], sets);
        Assert.Equal<string>(["after-withdrawal"], result.Blocking!.Sets[0].Opens.OptionIds);
    }

    [Fact]
    public void Run_LeverRussianWalkAwayFalls_RedLineAloneBlocks()
    {
        var result = Track(Run("ru-walk-away-drops"), "ceasefire");
        var sets = Sets(result);
        Assert.Equal([["R:RU:ceasefire-timing"], ["R:UA:ceasefire-timing", "W:UA"]], sets);
    }

    [Fact]
    public void Run_UsFramework_RussiaRejectsOnThreeRedLinesButAboveWalkAway()
    {
        // Whole problem, weights as written: RU 0.2·0.2 + 0.35·0.4 + 0.25·1 + 0.1·0.3 + 0.1·1 = 0.56;
        // UA 0.25·1 + 0.35·0.5 + 0.2·0.3 + 0.12·1 + 0.08·1 = 0.685.
        var assessment = Run().Proposals.Single(p => p.ProposalId == "us-framework");
        var ru = assessment.Responses.Single(r => r.ActorId == "RU");
        var ua = assessment.Responses.Single(r => r.ActorId == "UA");
        Assert.False(ru.Accepts);
        Assert.Equal<string>(["ceasefire-timing", "territory", "prisoner-exchange"], ru.Breaches.Select(b => b.IssueId));
        Assert.Equal(0.56, ru.Utility, 9);
        Assert.Equal(0, ru.Shortfall);
        Assert.True(ua.Accepts);
        Assert.Equal(0.685, ua.Utility, 9);
        Assert.False(assessment.AcceptedByAll);
        Assert.Null(assessment.Nearest);
        Assert.Contains(assessment.Notes, n => n.Contains("no nearest", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_IstanbulExchange_RussiaShortOfWalkAwayAndNearestChangesBothIssues()
    {
        // (all-for-all, none) on the humanitarian issues: RU 0.5·0.3 + 0.5·0.4 = 0.35, 0.15 below 0.5.
        var assessment = Run().Proposals.Single(p => p.ProposalId == "istanbul-exchange");
        var ru = assessment.Responses.Single(r => r.ActorId == "RU");
        Assert.False(ru.Accepts);
        Assert.Equal(0.15, ru.Shortfall, 9);
        Assert.Equal("prisoner-exchange", Assert.Single(ru.Breaches).IssueId);
        Assert.True(assessment.Responses.Single(r => r.ActorId == "UA").Accepts);
        Assert.NotNull(assessment.Nearest);
        Assert.True(assessment.Nearest.IsProvenNearest);
        Assert.Equal<string>(["prisoner-exchange", "return-of-dead"], assessment.Nearest.ChangedIssues);
        Assert.Equal<string>(["1000-for-1000", "transfer-6000"], assessment.Nearest.Package.OptionIds);
    }

    [Fact]
    public void Run_TrackWithoutPositions_SaysSoInsteadOfFailing()
    {
        var report = new LensSession(IstanbulLike.Create(withPositionlessTrack: true)).AgreementReport(VariantKey.AsGiven, [])!;
        var energy = Track(report, "energy");
        Assert.Equal(AgreementVerdict.NoPositions, energy.Verdict);
        Assert.Contains("takes a position", energy.Explanation, StringComparison.Ordinal);
        Assert.Contains(report.Whole.Notes, n => n.Contains("'energy'", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_ChosenTracks_AnalysesEachAndTheirUnion()
    {
        var report = new LensSession(IstanbulLike.Create()).AgreementReport(VariantKey.AsGiven, ["humanitarian", "settlement"])!;
        Assert.Equal<string>(["settlement", "humanitarian"], report.PerTrack.Select(r => r.Tracks.Single()));
        Assert.NotNull(report.Selection);
        Assert.Equal<string>(["settlement", "humanitarian"], report.Selection.Tracks);
        Assert.Equal(AgreementVerdict.NoAgreement, report.Selection.Verdict);
        Assert.Equal<string>(["territory", "nato", "prisoner-exchange", "return-of-dead"], report.Selection.IssueIds);
    }

    [Fact]
    public void Run_SameInput_SameReport()
    {
        var a = Run();
        var b = Run();
        Assert.Equal(a.Whole.Explanation, b.Whole.Explanation);
        Assert.Equal(a.PerTrack.Select(r => r.Explanation), b.PerTrack.Select(r => r.Explanation));
    }
}
