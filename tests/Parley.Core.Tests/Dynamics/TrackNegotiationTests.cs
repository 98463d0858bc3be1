using Parley.Core.Dynamics;
using Parley.Core.Model.Dynamics;

namespace Parley.Core.Tests.Dynamics;

public sealed class TrackNegotiationTests
{
    // A's walk-away is .4 + t/60 months: .4, .5, .6, .7, .8 at months 0, 6, 12, 18, 24.
    [Fact]
    public void Build_OverTheHorizon_ReservationFollowsTheTrendRoundByRound()
    {
        var negotiation = TrackNegotiation.Build(DynamicsFixtures.Window(), "main", 0, 24, [], deadline: 4);

        Assert.Equal<string>(["A", "B"], negotiation.ActorIds);
        Assert.Equal(3, negotiation.Problem.OutcomeCount);
        double[] expected = [0.4, 0.5, 0.6, 0.7, 0.8];
        for (int k = 0; k <= 4; k++)
        {
            Assert.Equal(expected[k], negotiation.Problem.ReservationAt(0, k / 4.0), 12);
            Assert.Equal(0.3, negotiation.Problem.ReservationAt(1, k / 4.0));
        }
    }

    [Fact]
    public void Build_WithALeverStartingDuringTheTalks_LowersTheWalkAwayFromItsStart()
    {
        var negotiation = TrackNegotiation.Build(DynamicsFixtures.Window(), "main", 0, 24, ["ease"], deadline: 4);

        Assert.Equal(0.5, negotiation.Problem.ReservationAt(0, 0.25), 12); // month 6: not yet
        Assert.Equal(0.4, negotiation.Problem.ReservationAt(0, 0.5), 12); // month 12: .6 − .2
    }

    // Linear vs linear, deadline 4 over months 0–24. A's target is rv + (1 − rv)(1 − t): 1, .875, .8,
    // .775 (rv .4, .5, .6, .7), always x0; B's is .3 + .7(1 − t): 1, .825, .65, .475, so B offers x2,
    // x2, x2, then x1 in round 4 — worth .5 to A, below its walk-away .7 by then. Breakdown.
    [Fact]
    public void Run_RisingWalkAway_EndsInBreakdown()
    {
        var negotiation = TrackNegotiation.Build(DynamicsFixtures.Window(), "main", 0, 24, [], deadline: 4);

        var result = AlternatingOffers.Run(negotiation.Problem, [NegotiationStrategy.Linear, NegotiationStrategy.Linear], new NegotiationOptions(4, 0));

        Assert.False(result.Agreed);
        Assert.Equal<double>([0.8, 0.3], result.Utilities);
    }

    [Fact]
    public void Build_DeadlineBeforeOpening_Throws()
    {
        Assert.Throws<ArgumentException>(() => TrackNegotiation.Build(DynamicsFixtures.Window(), "main", 12, 6, [], 10));
        Assert.Throws<ArgumentException>(() => TrackNegotiation.Build(DynamicsFixtures.Window(), "nope", 0, 6, [], 10));
    }
}
