using Parley.Core.Dynamics;
using Parley.Core.Model.Dynamics;

namespace Parley.Core.Tests.Dynamics;

public sealed class NegotiationStrategyTests
{
    // p(t) = Pmin + (Pmax − Pmin)(1 − t^(1/e)) with Pmin = 0.2, Pmax = 1, worked by hand.
    [Theory]
    [InlineData(1.0, 0.0, 1.0)]
    [InlineData(1.0, 0.5, 0.6)] // 0.2 + 0.8 × 0.5
    [InlineData(1.0, 0.75, 0.4)] // 0.2 + 0.8 × 0.25
    [InlineData(0.2, 0.5, 0.975)] // Boulware: 0.2 + 0.8 × (1 − 0.5^5) = 0.2 + 0.8 × 0.96875
    [InlineData(2.0, 0.25, 0.6)] // Conceder: 0.2 + 0.8 × (1 − 0.25^0.5) = 0.2 + 0.8 × 0.5
    [InlineData(0.0, 0.9, 1.0)] // e = 0: never concedes before the deadline
    public void TimeDependent_Target_FollowsTheGeniusCurve(double exponent, double time, double expected)
    {
        var strategy = new TimeDependentStrategy(exponent);
        Assert.Equal(expected, strategy.Target(new StrategyContext(time, 0.2, 1, 0)), 12);
    }

    [Fact]
    public void Named_Strategies_UseTheGeniusExponents()
    {
        Assert.Equal(0.2, ((TimeDependentStrategy)NegotiationStrategy.Boulware).Exponent);
        Assert.Equal(1, ((TimeDependentStrategy)NegotiationStrategy.Linear).Exponent);
        Assert.Equal(2, ((TimeDependentStrategy)NegotiationStrategy.Conceder).Exponent);
        Assert.Equal("Boulware", NegotiationStrategy.Boulware.Name);
        Assert.Equal("time-dependent e=0.5", new TimeDependentStrategy(0.5).Name);
    }

    [Theory]
    [InlineData(0.0, 0.9)] // nothing conceded yet: its best
    [InlineData(0.25, 0.65)] // mirrors a concession of 0.25
    [InlineData(0.8, 0.3)] // never below its minimum
    public void TitForTat_Target_MirrorsTheOpponentsConcession(double concession, double expected)
    {
        Assert.Equal(expected, NegotiationStrategy.TitForTat.Target(new StrategyContext(0.5, 0.3, 0.9, concession)), 12);
    }

    [Fact]
    public void HardLiner_Target_IsAlwaysItsBest()
    {
        Assert.Equal(0.9, NegotiationStrategy.HardLiner.Target(new StrategyContext(0.99, 0.3, 0.9, 0.5)));
    }

    [Fact]
    public void TimeDependent_NegativeExponent_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TimeDependentStrategy(-1));
    }
}
