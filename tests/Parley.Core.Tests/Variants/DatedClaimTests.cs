using Parley.Core.Claims;
using Parley.Core.Model;
using Parley.Core.Session;
using Parley.Core.Tests.Dynamics;

namespace Parley.Core.Tests.Variants;

/// <summary>Claims tested as of a date (<c>analyze --at</c>): the date goes into each claim's key unless the claim has a time of its own.</summary>
public sealed class DatedClaimTests
{
    [Fact]
    public void Evaluate_WithDate_TestsClaimsAsOfIt_AndAClaimsOwnTimeWins()
    {
        // A seed whose red lines are shut on the first day and open on some later day, found by the oracle.
        var (scenario, shut, open) = Enumerable.Range(0, 500).Select(seed => DatedPositionTests.Wages(seed))
            .Select(s => (Scenario: s, Days: Enumerable.Range(0, 365).Select(d => new DateOnly(2013, 11, 1).AddDays(d)).ToList()))
            .Select(x => (x.Scenario, Shut: x.Days.FirstOrDefault(d => !DatedPositionTests.OpenOn(x.Scenario, d)), Open: x.Days.FirstOrDefault(d => DatedPositionTests.OpenOn(x.Scenario, d))))
            .First(x => x.Shut != default && x.Open != default);
        var claims = scenario.With(claims:
        [
            new Claim("deal", "A deal is possible.", "agreement(track: pay).empty == false", [], null, []),
            new Claim("deal-at-start", "A deal is possible at the start.", "agreement(track: pay).empty == false", [], 0, []),
        ]);
        bool startOpen = DatedPositionTests.OpenOn(scenario, new DateOnly(2013, 11, 1));

        foreach (var (date, expected) in new[] { (shut, false), (open, true) })
        {
            var report = ClaimEvaluation.Evaluate(new LensSession(claims), new ClaimEvaluationOptions { Date = date });
            Assert.Equal(expected ? ClaimVerdict.Supported : ClaimVerdict.Refuted, report.Claims[0].Verdict);
            Assert.Equal(startOpen ? ClaimVerdict.Supported : ClaimVerdict.Refuted, report.Claims[1].Verdict);
        }
    }
}
