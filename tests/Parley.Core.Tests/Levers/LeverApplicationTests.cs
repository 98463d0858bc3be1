using Parley.Core.Levers;
using Parley.Core.Model;
using Parley.Core.Tests.Model;

namespace Parley.Core.Tests.Levers;

public sealed class LeverApplicationTests
{
    private static readonly Scenario Base = ScenarioFactory.TwoParties();

    [Fact]
    public void Apply_WalkAwayAdd_ChangesOnlyThatActor()
    {
        var after = LeverApplication.Apply(Base, ["l"]);

        Assert.Equal(0.8, after.PositionOf("B")!.WalkAway.Value, 12);
        Assert.Equal(0.2, after.PositionOf("A")!.WalkAway.Value);
        Assert.Equal(0.3, Base.PositionOf("B")!.WalkAway.Value);
    }

    [Fact]
    public void Apply_UnknownLever_ThrowsNamingTheKnownOnes()
    {
        var ex = Assert.Throws<ArgumentException>(() => LeverApplication.Apply(Base, ["nope"]));

        Assert.Contains("Known levers: l", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ChangeMode.Set, 0.9, 0.9)]
    [InlineData(ChangeMode.Add, 0.1, 0.6)]
    [InlineData(ChangeMode.Multiply, 0.5, 0.25)]
    public void Apply_CapabilityChange_UsesTheMode(ChangeMode mode, double amount, double expected)
    {
        var after = LeverApplication.Apply(Base, new CapabilityChange("A", new ValueChange(mode, amount)));

        Assert.Equal(expected, after.FindActor("A")!.Capability!.Value, 12);
    }

    [Fact]
    public void Apply_CapabilityBeyondOne_Throws()
    {
        Assert.Throws<ArgumentException>(() => LeverApplication.Apply(Base, new CapabilityChange("A", new ValueChange(ChangeMode.Add, 0.6))));
    }

    [Fact]
    public void Apply_WeightChange_RescalesTheOtherWeightsToSumToOne()
    {
        var after = LeverApplication.Apply(Base, new WeightChange("B", "y", new ValueChange(ChangeMode.Set, 0.6)));

        var b = after.PositionOf("B")!;
        Assert.Equal(0.6, b.On("y")!.Weight.Value, 12);
        Assert.Equal(0.4, b.On("x")!.Weight.Value, 12);
    }

    [Fact]
    public void Apply_OptionRemoval_DropsItEverywhereAndRealignsValues()
    {
        var after = LeverApplication.Apply(Base, new OptionRemoval("x", "a"));

        Assert.Equal(["b", "c"], after.FindIssue("x")!.Options.Select(o => o.Id).ToArray());
        var a = after.PositionOf("A")!.On("x")!;
        Assert.Equal(["b"], a.Acceptable.ToArray());
        Assert.Equal([0.5, 0.0], a.Values.ToArray());
        Assert.Equal("b", a.Preferred);
    }

    [Fact]
    public void Apply_OptionImposition_LeavesOnlyThatOption()
    {
        var after = LeverApplication.Apply(Base, new OptionImposition("x", "b"));

        Assert.Equal(["b"], after.FindIssue("x")!.Options.Select(o => o.Id).ToArray());
        Assert.Equal(["b"], after.PositionOf("B")!.On("x")!.Acceptable.ToArray());
    }

    [Fact]
    public void Apply_AcceptanceChange_KeepsOptionOrder()
    {
        var after = LeverApplication.Apply(Base, new AcceptanceChange("B", "x", "a", true));

        Assert.Equal(["a", "b", "c"], after.PositionOf("B")!.On("x")!.Acceptable.ToArray());
        var rejected = LeverApplication.Apply(after, new AcceptanceChange("B", "x", "b", false));
        Assert.Equal(["a", "c"], rejected.PositionOf("B")!.On("x")!.Acceptable.ToArray());
    }

    [Fact]
    public void Apply_RemovingTheLastOption_Throws()
    {
        var single = LeverApplication.Apply(Base, new OptionImposition("y", "p"));

        Assert.Throws<ArgumentException>(() => LeverApplication.Apply(single, new OptionRemoval("y", "p")));
    }
}
