using System.Collections.Immutable;
using CsCheck;
using Parley.Core.Agreement;
using Parley.Core.Dynamics;
using Parley.Core.Model;
using Parley.Core.Model.Dynamics;

namespace Parley.Core.Tests.Dynamics;

/// <summary>
/// Dated red lines that move: the deal windows found by <see cref="DealWindows"/> open and close on the
/// days a brute-force oracle finds by checking every day of the horizon.
/// </summary>
public sealed class DatedPositionTests
{
    private static readonly DateOnly Start = new(2013, 11, 1);

    /// <summary>
    /// A wage negotiation on one numeric issue (0–30 %, whole points): the employer accepts at most a
    /// ceiling, the union at least a floor; each revises its bound on random dates (0–3 revisions each).
    /// Walk-away values are 0, so red lines alone decide. Horizon: 12 months from 2013-11.
    /// </summary>
    internal static Scenario Wages(int seed)
    {
        var rng = new Random(seed);
        var range = new NumericRange(0, 30, "%", 1);
        ImmutableArray<Actor> actors =
        [
            new Actor("FORD", "Employer", ActorRole.Party, null, [], null, []),
            new Actor("UAW", "Union", ActorRole.Party, null, [], null, []),
        ];
        ImmutableArray<Issue> issues = [new Issue("wage-rise", "Wage rise", "pay", IssueKind.Numeric, [], range, [], null, null)];
        IssuePosition Stand(double prefer, double min, double max) =>
            new("wage-rise", null, prefer, [], range with { Min = min, Max = max }, Figure.Assumed(1), [], Provenance.Stated, null, []);
        ImmutableArray<PositionRevision> Revisions(Func<double, IssuePosition> stand)
        {
            int count = rng.Next(0, 4);
            var days = Enumerable.Range(0, count).Select(_ => rng.Next(1, 365)).Distinct().Order().ToArray();
            return [.. days.Select(d => new PositionRevision(Start.AddDays(d), [stand(rng.Next(0, 31))], null, [], null))];
        }

        var ford = new Position("FORD", [Stand(0, 0, rng.Next(0, 31))], Figure.Assumed(0), []) { Date = Start, Revisions = Revisions(x => Stand(0, 0, x)) };
        var uaw = new Position("UAW", [Stand(30, rng.Next(0, 31), 30)], Figure.Assumed(0), []) { Date = Start, Revisions = Revisions(x => Stand(30, x, 30)) };
        var dynamics = new ScenarioDynamics(new Horizon(12, "months", "2013-11"), []);
        return new Scenario("wages", "Wages", null, [], actors, issues, [ford, uaw], [], [], [], dynamics);
    }

    /// <summary>The oracle: on each day, is some whole wage rise inside both red lines as revised by then?</summary>
    internal static bool OpenOn(Scenario scenario, DateOnly day)
    {
        var stands = scenario.Positions.Select(p => p.AsOf(day).On("wage-rise")!.AcceptableRange!).ToList();
        return Enumerable.Range(0, 31).Any(w => stands.All(r => r.Contains(w)));
    }

    [Fact]
    public void Windows_DatedRedLines_OpenAndCloseOnTheDaysTheOracleFinds()
    {
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var scenario = Wages(seed);
            var end = Start.AddMonths(12);
            var opens = new List<DateOnly>();
            var closes = new List<DateOnly>();
            bool before = false;
            for (var day = Start; day <= end; day = day.AddDays(1))
            {
                bool open = OpenOn(scenario, day);
                if (open && !before && day > Start)
                {
                    opens.Add(day);
                }

                if (!open && before)
                {
                    closes.Add(day);
                }

                before = open;
            }

            var track = Assert.Single(DealWindows.Over(scenario, new DealWindowOptions()).Tracks);
            Assert.Equal(opens, track.Windows.Where(w => !w.OpenAtStart).Select(w => w.OpensByDate!.Value));
            Assert.Equal(closes, track.Windows.Where(w => !w.OpenAtEnd).Select(w => w.ClosesByDate!.Value));
            Assert.Equal(OpenOn(scenario, Start), track.Windows.Length > 0 && track.Windows[0].OpenAtStart);
            foreach (var w in track.Windows.Where(w => !w.OpenAtStart))
            {
                Assert.Equal(w.OpensByDate!.Value.AddDays(-1), w.OpensAfterDate);
            }

            // Closed samples are kept shut by red lines (walk-away values are 0).
            Assert.All(track.Samples.Where(s => !s.Open), s => Assert.Equal(DealBarrier.RedLines, s.Gap!.Barrier));
        }, iter: 60, threads: 1);
    }

    [Fact]
    public void Windows_ConvergingOffers_OpenOnTheDayTheCeilingMeetsTheFloor()
    {
        // The employer's ceiling rises 9 -> 20 -> 23 -> 25 while the union's floor falls 28 -> 24.
        var range = new NumericRange(0, 30, "%", 1);
        IssuePosition Stand(double prefer, double min, double max) =>
            new("wage-rise", null, prefer, [], range with { Min = min, Max = max }, Figure.Assumed(1), [], Provenance.Stated, null, []);
        var scenario = Wages(1).With(positions:
        [
            new Position("FORD", [Stand(0, 0, 9)], Figure.Assumed(0), []) { Date = Start, Revisions = [new(new(2014, 1, 10), [Stand(0, 0, 20)], null, [], null), new(new(2014, 3, 5), [Stand(0, 0, 23)], null, [], null), new(new(2014, 5, 20), [Stand(0, 0, 25)], null, [], null)] },
            new Position("UAW", [Stand(30, 28, 30)], Figure.Assumed(0), []) { Date = Start, Revisions = [new(new(2014, 2, 15), [Stand(30, 24, 30)], null, [], null)] },
        ]);

        var track = Assert.Single(DealWindows.Over(scenario, new DealWindowOptions()).Tracks);
        var window = Assert.Single(track.Windows);
        Assert.Equal(new DateOnly(2014, 5, 20), window.OpensByDate);
        Assert.Equal(new DateOnly(2014, 5, 19), window.OpensAfterDate);
        Assert.True(window.OpenAtEnd);
        Assert.Contains("from between 2014-05-19 and 2014-05-20 to the end of the horizon", track.Explanation, StringComparison.Ordinal);
        Assert.Contains("kept shut by red lines", track.Explanation, StringComparison.Ordinal);

        // The gap: one red line must give way; no fall of walk-away values would help.
        var shut = track.Samples.First(s => !s.Open);
        Assert.Equal(1, shut.Gap!.SmallestBlockingSet);
        Assert.Null(shut.Gap.WalkAwayShortfall);
    }

    [Fact]
    public void AsOf_Date_AppliesRevisionsUpToItAndDropsLaterProposals()
    {
        var scenario = Wages(7);
        var late = new Proposal("p", "Offer", "FORD", "2014-06-01", [new ProposalTerm("wage-rise", null, 20)], null, []);
        var undated = late with { Id = "q", Date = null };
        scenario = scenario.With(proposals: [late, undated]);
        Assert.Equal(["q"], ScenarioAtTime.AsOf(scenario, new DateOnly(2014, 5, 31)).Proposals.Select(p => p.Id));
        Assert.Equal(2, ScenarioAtTime.AsOf(scenario, new DateOnly(2014, 6, 1)).Proposals.Length);
    }

    [Fact]
    public void AtDate_OnTheHorizon_AppliesTrendsToo_OffItOnlyRevisions()
    {
        var window = DynamicsFixtures.Window(); // A's walk-away trends from .4 at 2025-06 to .8 at 2027-06
        Assert.Equal(0.6, ScenarioAtTime.AtDate(window, new DateOnly(2026, 6, 1)).PositionOf("A")!.WalkAway.Value, 9);
        Assert.Equal(0.4, ScenarioAtTime.AtDate(window, new DateOnly(2028, 1, 1)).PositionOf("A")!.WalkAway.Value, 9);
        Assert.Equal(0.4, ScenarioAtTime.AtDate(window, DateOnly.MaxValue).PositionOf("A")!.WalkAway.Value, 9);
        Assert.Equal(0.4, ScenarioAtTime.AtDate(window, DateOnly.MinValue).PositionOf("A")!.WalkAway.Value, 9);
    }

    [Theory]
    [InlineData("2013-11", "months", "2014-01-16", 2 + (15.0 / 31))]
    [InlineData("2013-11-01", "days", "2013-11-11", 10)]
    [InlineData("2013-11-01", "weeks", "2013-11-15", 2)]
    [InlineData("2013", "years", "2014-07-02", 1 + (182.0 / 365))]
    public void Calendar_TimeOfAndDateAt_InvertEachOther(string start, string unit, string date, double time)
    {
        var calendar = HorizonCalendar.Of(new Horizon(100, unit, start))!;
        var d = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(time, calendar.TimeOf(d), 9);
        Assert.Equal(d, calendar.DateAt(calendar.TimeOf(d)));
    }
}
