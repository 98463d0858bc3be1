using Parley.Core.Agreement;
using Parley.Core.Model;
using Parley.Tests;
using Parley.Core.Session;
using Parley.Core.Variants;

namespace Parley.Formats.Tests.Agreement;

/// <summary>
/// The agreement lens on the bundled Istanbul 2025 scenario: a verdict with its explanation per track.
/// </summary>
public sealed class IstanbulAgreementTests
{
    private static readonly Lazy<Scenario> Istanbul = new(() =>
    {
        var read = ScenarioFiles.Read(Path.Combine(RepoPaths.Root, "scenarios", "istanbul-2025.yaml"));
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        return read.Value!;
    });

    private static readonly Lazy<AgreementReport> Report = new(() => new LensSession(Istanbul.Value).AgreementReport(VariantKey.AsGiven, [])!);

    private static AgreementResult Track(string track) => Report.Value.PerTrack.Single(r => r.Tracks.SequenceEqual([track]));

    [Fact]
    public void Humanitarian_AgreementPossibleWithCommonGroundOnPrisonerExchanges()
    {
        var result = Track("humanitarian");
        Assert.Equal(AgreementVerdict.AgreementPossible, result.Verdict);
        Assert.False(result.Space.IsEmpty);
        Assert.True(result.Space.Size.IsExact);
        var prisoners = result.CommonGround.Single(g => g.IssueId == "prisoners");
        Assert.True(prisoners.HasCommonGround);
        Assert.StartsWith("Agreement possible", result.Explanation, StringComparison.Ordinal);
        Assert.True(result.Solutions!.Nash.Exists);
        foreach (var point in result.Frontier!.RationalPoints)
        {
            Assert.True(Istanbul.Value.FindIssue("prisoners")!.IndexOfOption(result.OptionIds[result.IssueIds.IndexOf("prisoners")][point.Packages[0][result.IssueIds.IndexOf("prisoners")]]) >= 0);
        }
    }

    [Fact]
    public void Ceasefire_NoAgreementAndEveryBlockingSetListed()
    {
        var result = Track("ceasefire");
        Assert.Equal(AgreementVerdict.NoAgreement, result.Verdict);
        Assert.True(result.Blocking!.IsComplete);
        Assert.NotEmpty(result.Blocking.Sets);
        Assert.StartsWith("No agreement", result.Explanation, StringComparison.Ordinal);
        foreach (var set in result.Blocking.Sets)
        {
            Assert.All(set.Demands, d => Assert.NotEmpty(d.Sources));
        }
    }

    [Fact]
    public void Settlement_NoAgreementTerritoryNeedsOneSideToGiveWay()
    {
        var result = Track("settlement");
        Assert.Equal(AgreementVerdict.NoAgreement, result.Verdict);
        var territory = result.CommonGround.Single(g => g.IssueId == "territory");
        Assert.False(territory.HasCommonGround);
        Assert.Contains(territory.MinimalRelaxations, r => r.SequenceEqual(["RU"]));
        Assert.Contains(territory.MinimalRelaxations, r => r.SequenceEqual(["UA"]));
        Assert.Contains("territory", result.Explanation, StringComparison.Ordinal);

        // Sets come smallest first, each proven minimal; the smallest has one red line per issue without common ground.
        var sizes = result.Blocking!.Sets.Select(s => s.Size).ToList();
        Assert.Equal(sizes.Order(), sizes);
        Assert.True(sizes[0] >= result.CommonGround.Count(g => !g.HasCommonGround));
    }

    [Fact]
    public void WholeScenario_NoAgreementAndEveryProposalAssessed()
    {
        var report = Report.Value;
        Assert.Equal(AgreementVerdict.NoAgreement, report.Whole.Verdict);
        Assert.Equal(Istanbul.Value.Proposals.Length, report.Proposals.Length);
        foreach (var p in report.Proposals)
        {
            Assert.NotEmpty(p.Responses);
            Assert.All(p.Responses, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
            Assert.All(p.Responses.Where(r => !r.Accepts), r => Assert.True(r.Breaches.Length > 0 || r.Shortfall > 0));
        }
    }

    [Fact]
    public void Levers_ApplyBeforeTheAnalysis()
    {
        var with = new LensSession(Istanbul.Value).AgreementReport(VariantKey.Parse("ru-anchorage-formula"), ["settlement"])!;
        var territory = with.PerTrack[0].CommonGround.Single(g => g.IssueId == "territory");
        var without = Track("settlement").CommonGround.Single(g => g.IssueId == "territory");
        Assert.Contains("donbas-withdrawal", territory.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("RU accepts donbas-withdrawal", without.Reason, StringComparison.Ordinal);
        Assert.Equal<string>(["ru-anchorage-formula"], with.Levers);
    }
}
