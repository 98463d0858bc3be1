using CsCheck;
using Parley.Core.Dynamics;
using Parley.Core.Model.Dynamics;

namespace Parley.Core.Tests.Dynamics;

public sealed class OfferIndexTests
{
    [Theory]
    [InlineData(0.5, 0.0, 2)] // exactly 0.5
    [InlineData(0.4, 0.0, 2)] // no outcome in [0.4, 0.4]: the next one up
    [InlineData(0.4, 0.5, 2)] // band [0.4, 0.9]: options 2 and 3; B prefers 2
    [InlineData(1.2, 0.0, 4)] // above everything: the best for A
    [InlineData(-3.0, 0.0, 0)] // below everything: A's worst, B's best
    [InlineData(-3.0, 10.0, 0)] // everything in band: B's best
    public void Find_Quarters_IsTheBestForTheOtherInTheBand(double target, double band, int expected)
    {
        var problem = DynamicsFixtures.Quarters();
        Assert.Equal(expected, problem.IndexOf(0).Find(target, band));
    }

    [Fact]
    public void Find_TiesOnOthers_TakesLowerOwnUtilityThenLowerId()
    {
        var space = new Parley.Core.Agreement.OutcomeSpace(["a"], [["0", "1", "2", "3"]]);
        var problem = new NegotiationProblem("ties", space,
        [
            new Parley.Core.Agreement.AdditiveUtility([[0.7, 0.6, 0.6, 0.9]], 0),
            new Parley.Core.Agreement.AdditiveUtility([[0.5, 0.5, 0.5, 0.5]], 0),
        ]);
        Assert.Equal(1, problem.IndexOf(0).Find(0.5, 1));
    }

    [Fact]
    public void Find_RandomSmallDomains_MatchesTheBruteForceOracle()
    {
        Gen.Int.Sample(
            seed =>
            {
                var random = new Random(seed);
                var problem = DynamicsFixtures.Random(random);
                var (_, utility) = BruteForce.Enumerate(problem);
                for (int party = 0; party < problem.PartyCount; party++)
                {
                    var within = Enumerable.Range(0, utility[party].Length).Where(o => problem.IsWithinRedLines(party, o)).Select(o => utility[party][o]).ToArray();
                    var candidates = within.Length > 0 ? within : utility[party];
                    Assert.Equal(candidates.Min(), problem.IndexOf(party).MinUtility);
                    Assert.Equal(candidates.Max(), problem.IndexOf(party).MaxUtility);
                    for (int q = 0; q < 12; q++)
                    {
                        // Targets sometimes exactly on an outcome's utility, to exercise the band's closed ends.
                        double target = random.Next(3) == 0
                            ? utility[party][random.Next(utility[party].Length)]
                            : (random.NextDouble() * 1.4) - 0.2;
                        double band = random.Next(3) switch { 0 => 0, 1 => 0.05, _ => random.NextDouble() * 0.3 };
                        var allowed = Enumerable.Range(0, utility[party].Length).Select(o => problem.IsWithinRedLines(party, o)).ToArray();
                        Assert.Equal(BruteForce.Find(utility, party, target, band, allowed), problem.IndexOf(party).Find(target, band));
                    }
                }
            },
            iter: 300,
            threads: 1);
    }

    [Fact]
    public void UtilityOf_EqualsAdditiveUtilityOfTheDecodedPackage()
    {
        Gen.Int.Sample(
            seed =>
            {
                var problem = DynamicsFixtures.Random(new Random(seed));
                var (packages, _) = BruteForce.Enumerate(problem);
                for (int o = 0; o < packages.Length; o++)
                {
                    Assert.Equal<int>(packages[o], problem.PackageOf(o));
                    for (int p = 0; p < problem.PartyCount; p++)
                    {
                        Assert.Equal(problem.Utilities[p].Of(packages[o].AsSpan()), problem.UtilityOf(p, o));
                    }
                }
            },
            iter: 100,
            threads: 1);
    }
}
