using Parley.Core.Dynamics;
using Parley.Core.Model.Dynamics;

namespace Parley.Core.Tests.Dynamics;

public sealed class ReservationDriftTests
{
    // Talks from month 6 to month 18 over a step to .2 at month 12: relative time .5 is month 12.
    [Theory]
    [InlineData(0.0, 0.4)] // month 6: the step has not come, the scenario's value holds
    [InlineData(0.49, 0.4)]
    [InlineData(0.5, 0.2)]
    [InlineData(1.0, 0.2)]
    public void Over_MapsRelativeTimeOntoTheHorizon(double relative, double expected)
    {
        var drift = ReservationDrift.Over(new StepCurve([new TrendPoint(12, 0.2)]), baseValue: 0.4, start: 6, end: 18);
        Assert.Equal(expected, drift(relative));
    }

    [Fact]
    public void Over_InNegotiation_MovesTheReservationValue()
    {
        var drift = ReservationDrift.Over(new LinearCurve(0, 0, 24, 0.8), baseValue: 0, start: 0, end: 24);
        var problem = DynamicsFixtures.Quarters().WithReservation(1, drift);

        Assert.Equal(0.2, problem.ReservationAt(1, 0.25), 12);
        Assert.Equal(0.0, problem.ReservationAt(0, 0.25));
        Assert.Throws<ArgumentException>(() => ReservationDrift.Over(new LinearCurve(0, 0, 24, 0.8), 0, 12, 6));
    }
}
