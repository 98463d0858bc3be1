using Parley.Core.Model;
using Parley.Core.Model.Conflicts;

namespace Parley.Core.Tests.Model;

/// <summary>The integrity check of the timeline parts of the model: interaction terms, dated revisions, end states.</summary>
public sealed class TimelineIntegrityTests
{
    private static Scenario WithPositionOfA(Func<Position, Position> change)
    {
        var s = ScenarioFactory.TwoParties();
        return s.With(positions: [change(s.Positions[0]), s.Positions[1]]);
    }

    [Fact]
    public void Revisions_OutOfOrder_AreRejected()
    {
        var x = ScenarioFactory.Discrete("x", "t1", "a", "b", "c");
        var stand = ScenarioFactory.Stand(x, "a", 0.5, "a", "b", "c");
        PositionRevision At(int day) => new(new DateOnly(2025, 1, day), [stand], null, [], null);
        Assert.NotNull(WithPositionOfA(p => p with { Revisions = [At(1), At(2)] }));
        var ex = Assert.Throws<ArgumentException>(() => WithPositionOfA(p => p with { Revisions = [At(2), At(1)] }));
        Assert.Contains("strictly ascending", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Revisions_NamingAnUnknownOption_AreRejected()
    {
        var x = ScenarioFactory.Discrete("x", "t1", "a", "b", "c");
        var bad = ScenarioFactory.Stand(x, "a", 0.5) with { Acceptable = ["a", "z"] };
        Assert.Throws<ArgumentException>(() => WithPositionOfA(p => p with { Revisions = [new(new DateOnly(2025, 1, 1), [bad], null, [], null)] }));
    }

    [Fact]
    public void Interactions_WithUnknownOptionOrValueOutOfRange_AreRejected()
    {
        InteractionTerm Term(string option, double value) =>
            new([new InteractionCondition("x", [option], null), new InteractionCondition("y", ["p"], null)], Figure.Assumed(value), null, []);
        Assert.NotNull(WithPositionOfA(p => p with { Interactions = [Term("a", -0.2)] }));
        Assert.Throws<ArgumentException>(() => WithPositionOfA(p => p with { Interactions = [Term("z", -0.2)] }));
        Assert.Throws<ArgumentException>(() => WithPositionOfA(p => p with { Interactions = [Term("a", -1.5)] }));
    }

    [Fact]
    public void EndStates_NeedAConflictForConditionsAndKnownTracks()
    {
        var s = ScenarioFactory.TwoParties();
        Assert.NotNull(s.WithEndStates([new EndState("deal", "deal", null, null, [new TrackOutcome("t1", true)], [])]));
        Assert.Throws<ArgumentException>(() => s.WithEndStates([new EndState("deal", "deal", null, null, [new TrackOutcome("nope", true)], [])]));
        Assert.Throws<ArgumentException>(() => s.WithEndStates([new EndState("war", "war", null, OptionCondition.Option("attack"), [], [])]));
        Assert.Throws<ArgumentException>(() => s.WithEndStates(
        [
            new EndState("deal", "deal", null, null, [new TrackOutcome("t1", true)], []),
            new EndState("deal", "deal", null, null, [new TrackOutcome("t1", false)], []),
        ]));
    }

    [Fact]
    public void With_KeepsEndStates()
    {
        var s = ScenarioFactory.TwoParties().WithEndStates([new EndState("deal", "deal", null, null, [new TrackOutcome("t1", true)], [])]);
        Assert.Single(s.With(claims: []).EndStates);
        Assert.Single(s.WithConflict(null).EndStates);
        Assert.Single(s.WithDynamics(null).EndStates);
    }
}
