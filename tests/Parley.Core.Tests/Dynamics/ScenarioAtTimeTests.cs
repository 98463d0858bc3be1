using Parley.Core.Dynamics;
using Parley.Core.Model.Dynamics;
using Parley.Core.Model;

namespace Parley.Core.Tests.Dynamics;

public sealed class ScenarioAtTimeTests
{
    private static ScenarioDynamics Dynamics() => new(
        new Horizon(24, "months", "2025-06"),
        [
            new Trend("A", TrendTarget.WalkAway, new LinearCurve(0, 0.4, 24, 0.1), Provenance.Assumption, ["S1"], "front moves slowly"),
            new Trend("B", TrendTarget.Capability, new StepCurve([new TrendPoint(12, 0.2)]), Provenance.Stated, ["S1"], null),
        ]);

    [Fact]
    public void At_MidHorizon_AppliesTrendsWithTheirProvenance()
    {
        var at = ScenarioAtTime.At(DynamicsFixtures.TwoParties(Dynamics()), 12);

        var walkAway = at.PositionOf("A")!.WalkAway;
        Assert.Equal(0.25, walkAway.Value, 12);
        Assert.Equal(Provenance.Assumption, walkAway.Provenance);
        Assert.Equal("front moves slowly", walkAway.Note);
        Assert.Equal(0.2, at.FindActor("B")!.Capability!.Value);
        Assert.Equal(0.3, at.PositionOf("B")!.WalkAway.Value); // no trend: unchanged
    }

    [Fact]
    public void At_BeforeAStepCurveBegins_KeepsTheScenarioValue()
    {
        var at = ScenarioAtTime.At(DynamicsFixtures.TwoParties(Dynamics()), 11.5);
        Assert.Equal(0.4, at.FindActor("B")!.Capability!.Value);
    }

    [Fact]
    public void At_LeverStartsLater_AppliesOnlyFromItsStart()
    {
        var scenario = DynamicsFixtures.TwoParties(Dynamics());

        var before = ScenarioAtTime.At(scenario, 5, ["halt", "now"]);
        var after = ScenarioAtTime.At(scenario, 6, ["halt", "now"]);

        Assert.Equal(0.3, before.PositionOf("B")!.WalkAway.Value);
        Assert.Equal(0.2, after.PositionOf("B")!.WalkAway.Value, 12);
        Assert.Equal(0.9, before.FindActor("A")!.Capability!.Value); // no start time: from the start
    }

    [Fact]
    public void At_LeverAfterTrend_AddsToTheDriftedValue()
    {
        var dynamics = new ScenarioDynamics(new Horizon(24, "months", null),
            [new Trend("B", TrendTarget.WalkAway, new LinearCurve(0, 0.5, 24, 0.26), Provenance.Assumption, [], null)]);

        var at = ScenarioAtTime.At(DynamicsFixtures.TwoParties(dynamics), 12, ["halt"]);

        Assert.Equal(0.38 - 0.1, at.PositionOf("B")!.WalkAway.Value, 12);
    }

    [Fact]
    public void At_TimeOutsideHorizon_Throws()
    {
        var scenario = DynamicsFixtures.TwoParties(Dynamics());
        Assert.Throws<ArgumentOutOfRangeException>(() => ScenarioAtTime.At(scenario, 25));
        Assert.Throws<ArgumentOutOfRangeException>(() => ScenarioAtTime.At(scenario, -1));
    }

    [Fact]
    public void At_TrendOnActorWithoutPosition_Throws()
    {
        var dynamics = new ScenarioDynamics(new Horizon(24, "months", null),
            [new Trend("C", TrendTarget.WalkAway, new LinearCurve(0, 0.5, 24, 0.2), Provenance.Assumption, [], null)]);
        Assert.Throws<ArgumentException>(() => ScenarioAtTime.At(DynamicsFixtures.TwoParties(dynamics), 3));
    }

    [Fact]
    public void At_NoDynamics_AppliesLeversByStartTimeOnly()
    {
        var scenario = DynamicsFixtures.TwoParties(null);
        Assert.Equal(0.2, ScenarioAtTime.At(scenario, 100, ["halt"]).PositionOf("B")!.WalkAway.Value, 12);
        Assert.Same(scenario, ScenarioAtTime.At(scenario, 0));
    }

    [Fact]
    public void ScenarioDynamics_RejectsTimesOutsideHorizonValuesOutOfRangeAndDuplicates()
    {
        var horizon = new Horizon(24, "months", null);
        Assert.Throws<ArgumentException>(() => new ScenarioDynamics(horizon,
            [new Trend("A", TrendTarget.WalkAway, new LinearCurve(0, 0.5, 30, 0.2), Provenance.Assumption, [], null)]));
        Assert.Throws<ArgumentException>(() => new ScenarioDynamics(horizon,
            [new Trend("A", TrendTarget.WalkAway, new LinearCurve(0, 1.5, 12, 0.2), Provenance.Assumption, [], null)]));
        var trend = new Trend("A", TrendTarget.WalkAway, new LinearCurve(0, 0.5, 12, 0.2), Provenance.Assumption, [], null);
        Assert.Throws<ArgumentException>(() => new ScenarioDynamics(horizon, [trend, trend]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Horizon(0, "months", null));
    }

    [Fact]
    public void Breakpoints_AreTheTrendTimesWithTheHorizonEnds()
    {
        Assert.Equal<double>([0.0, 12.0, 24.0], Dynamics().Breakpoints());
    }
}
