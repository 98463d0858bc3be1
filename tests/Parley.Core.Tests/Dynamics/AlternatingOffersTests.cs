using CsCheck;
using Parley.Core.Dynamics;
using Parley.Core.Model.Dynamics;

namespace Parley.Core.Tests.Dynamics;

public sealed class AlternatingOffersTests
{
    private static readonly NegotiationOptions Exact = new(deadline: 4, band: 0, recordTrace: true);

    // Linear vs linear on Quarters, deadline 4 (t = 0, .25, .5, .75), targets 1 − t for both:
    // round 1: A offers 4 (1, 0); B rejects, offers 0 (0, 1).
    // round 2: A aims .75, offers 3 (.75, .25); B aims .75, offers 1 (.25, .75).
    // round 3: A aims .5, offers 2 (.5, .5); B aims .5, would offer 2 itself: accepts.
    [Fact]
    public void Run_LinearVsLinear_AgreesInRoundThreeOnTheMiddle()
    {
        var result = AlternatingOffers.Run(DynamicsFixtures.Quarters(), [NegotiationStrategy.Linear, NegotiationStrategy.Linear], Exact);

        Assert.True(result.Agreed);
        Assert.Equal(3, result.AgreementRound);
        Assert.Equal(0, result.ProposedBy);
        Assert.Equal(2, result.Outcome);
        Assert.Equal<int>([2], result.Package);
        Assert.Equal<double>([0.5, 0.5], result.Utilities);
        Assert.Equal(5, result.Offers);
        Assert.Equal(
            [(1, 0, 4), (1, 1, 0), (2, 0, 3), (2, 1, 1), (3, 0, 2)],
            result.Trace.Where(m => m.Action == NegotiationAction.Offer).Select(m => (m.Round, m.Party, m.Outcome)));
        var accept = Assert.Single(result.Trace, m => m.Action == NegotiationAction.Accept);
        Assert.Equal((3, 1, 2, 0.5), (accept.Round, accept.Party, accept.Outcome, accept.Target));
    }

    // Boulware (A, rv .1) vs Conceder (B, rv .05): A's targets .1 + .9(1 − t^5) = 1, .99912, .97188,
    // .78643 all round up to option 4; B's targets .05 + .95(1 − t^.5) = 1, .525, .32825, .17728 give
    // offers 0, 1, 2, 3. Nobody accepts: breakdown, each keeps its reservation value.
    [Fact]
    public void Run_BoulwareVsConceder_BreaksDownAtTheDeadline()
    {
        var result = AlternatingOffers.Run(DynamicsFixtures.Quarters(0.1, 0.05), [NegotiationStrategy.Boulware, NegotiationStrategy.Conceder], Exact);

        Assert.False(result.Agreed);
        Assert.Null(result.AgreementRound);
        Assert.Empty(result.Package);
        Assert.Equal<double>([0.1, 0.05], result.Utilities);
        Assert.Equal(8, result.Offers);
        Assert.Equal<int>([4, 0, 4, 1, 4, 2, 4, 3], result.Trace.Select(m => m.Outcome));
    }

    // Three parties, deadline 2, all linear: round 1 A offers 2, B offers 0, C offers 1;
    // round 2 (t = .5) A aims .5 and accepts C's offer 1, then B does: C's offer stands.
    [Fact]
    public void Run_ThreeParties_OfferStandsWhenEveryOtherAccepts()
    {
        var linear = NegotiationStrategy.Linear;
        var result = AlternatingOffers.Run(DynamicsFixtures.ThreeParties(), [linear, linear, linear], new NegotiationOptions(2, 0));

        Assert.True(result.Agreed);
        Assert.Equal(2, result.AgreementRound);
        Assert.Equal(2, result.ProposedBy);
        Assert.Equal(1, result.Outcome);
        Assert.Equal<double>([0.5, 0.5, 1.0], result.Utilities);
        Assert.Empty(result.Trace);
    }

    [Fact]
    public void Run_ReservationDriftsAboveTheMiddle_PreventsTheAgreement()
    {
        // B's walk-away jumps from 0 to .8 at t = .5: in round 3 its target is .8 + .2 × .5 = .9, so
        // it rejects the middle option (worth .5) and offers 0; in round 4 it aims at .85 and rejects
        // A's offer 1 (worth .75). Breakdown; B keeps .8.
        var problem = DynamicsFixtures.Quarters().WithReservation(1, t => t < 0.5 ? 0 : 0.8);

        var result = AlternatingOffers.Run(problem, [NegotiationStrategy.Linear, NegotiationStrategy.Linear], Exact);

        Assert.False(result.Agreed);
        Assert.Equal<double>([0.0, 0.8], result.Reservations);
    }

    // The conceder's target 1 − t^.5 stays above 0 before the deadline (.051 at t = .9), so it offers
    // option 3 at the end but never accepts the hard-liner's option 4, worth 0 to it.
    [Fact]
    public void Run_HardLinerVsConceder_BreaksDownWithTheConcederAtItsLastStep()
    {
        var result = AlternatingOffers.Run(
            DynamicsFixtures.Quarters(), [NegotiationStrategy.HardLiner, NegotiationStrategy.Conceder], new NegotiationOptions(10, 0, recordTrace: true));

        Assert.False(result.Agreed);
        Assert.Equal(20, result.Offers);
        Assert.All(result.Trace.Where(m => m.Party == 0), m => Assert.Equal(4, m.Outcome));
        Assert.Equal(3, result.Trace[^1].Outcome);
    }

    [Fact]
    public void Run_RandomSmallDomains_MatchesTheScanningOracle()
    {
        NegotiationStrategy[] all =
        [
            NegotiationStrategy.Boulware, NegotiationStrategy.Linear, NegotiationStrategy.Conceder,
            NegotiationStrategy.TitForTat, NegotiationStrategy.HardLiner,
        ];
        Gen.Int.Sample(
            seed =>
            {
                var random = new Random(seed);
                var problem = DynamicsFixtures.Random(random);
                var strategies = Enumerable.Range(0, problem.PartyCount).Select(_ => all[random.Next(all.Length)]).ToArray();
                int deadline = random.Next(1, 40);
                double band = random.Next(2) == 0 ? 0 : 0.05;

                var fast = AlternatingOffers.Run(problem, strategies, new NegotiationOptions(deadline, band));
                var slow = BruteForce.Negotiate(problem, strategies, deadline, band);

                Assert.Equal(slow.Agreed, fast.Agreed);
                Assert.Equal(slow.Offers, fast.Offers);
                if (slow.Agreed)
                {
                    Assert.Equal(slow.Round, fast.AgreementRound);
                    Assert.Equal(slow.Outcome, fast.Outcome);
                }
            },
            iter: 300,
            threads: 1);
    }

    [Fact]
    public void Run_WrongNumberOfStrategies_Throws()
    {
        Assert.Throws<ArgumentException>(() =>
            AlternatingOffers.Run(DynamicsFixtures.Quarters(), [NegotiationStrategy.Linear], Exact));
    }
}
