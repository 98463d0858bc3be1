using Parley.Core.Levers;
using Parley.Core.Model;
using Parley.Formats.Yaml;
using Parley.Tests;

namespace Parley.Formats.Tests.Yaml;

public sealed class ScenarioReaderTests
{
    private static readonly Lazy<(Scenario Scenario, int Warnings)> Complete = new(() =>
    {
        var result = ScenarioReader.ReadFile(RepoPaths.InRepo("tests", "Parley.Formats.Tests", "TestData", "valid", "complete.yaml"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return (result.Value!, result.Diagnostics.Length);
    });

    private static Scenario S => Complete.Value.Scenario;

    [Fact]
    public void Read_CompleteScenario_KeepsTopLevelFields()
    {
        Assert.Equal("complete", S.Id);
        Assert.Equal("A complete small scenario", S.Title);
        Assert.Equal(["settlement", "ceasefire"], S.Tracks.ToArray());
        Assert.Equal(2, S.Sources.Length);
        Assert.Equal("https://example.org/a", S.FindSource("S1")!.Address);
    }

    [Fact]
    public void Read_CompleteScenario_WarnsOnlyAboutBsWeights()
    {
        // B's weights are 0.6 and 0.2: normalised to 0.75 and 0.25 with a warning.
        Assert.Equal(1, Complete.Value.Warnings);
        var b = S.PositionOf("B")!;
        Assert.Equal(0.75, b.On("scope")!.Weight.Value, 12);
        Assert.Equal(0.25, b.On("days")!.Weight.Value, 12);
    }

    [Fact]
    public void Read_Actors_HaveRolesCapabilitiesAndSupport()
    {
        var a = S.FindActor("A")!;
        Assert.Equal(ActorRole.Party, a.Role);
        Assert.Equal(0.6, a.Capability!.Value);
        Assert.Equal(Provenance.Assumption, a.Capability.Provenance);
        Assert.Equal("judged from size", a.Capability.Note);
        Assert.Equal(DistributionKind.Uniform, a.Capability.Uncertainty!.Kind);
        Assert.Equal(["B"], S.FindActor("K")!.Supports.ToArray());
        Assert.Null(S.FindActor("M")!.Capability);
        Assert.Equal(ActorRole.Backer, S.FindActor("K")!.Role);
    }

    [Fact]
    public void Read_Issues_DiscreteAndNumeric()
    {
        var scope = S.FindIssue("scope")!;
        Assert.Equal(IssueKind.Discrete, scope.Kind);
        Assert.Equal(["none", "some", "all"], scope.Options.Select(o => o.Id));
        Assert.Equal(50, scope.Options[1].Axis);
        Assert.Equal("none", scope.StatusQuo);
        var days = S.FindIssue("days")!;
        Assert.Equal(IssueKind.Numeric, days.Kind);
        Assert.Equal(new NumericRange(0, 90, "days", 15), days.Range);
        Assert.Equal(["A", "B"], days.ConsentBy.ToArray());
    }

    [Fact]
    public void Read_DefaultValues_FallLinearlyFromPreferred()
    {
        var a = S.PositionOf("A")!.On("scope")!;
        Assert.Equal("all", a.Preferred);
        Assert.Equal([0.0, 0.5, 1.0], a.Values.ToArray());
        Assert.Equal(["some", "all"], a.Acceptable.ToArray());
        Assert.Equal(Provenance.Stated, a.Provenance);
        Assert.Equal("everything or nothing", a.Statement);
        Assert.Equal("read from the memorandum", a.Note);
    }

    [Fact]
    public void Read_GivenValues_PreferTheBest()
    {
        var b = S.PositionOf("B")!.On("scope")!;
        Assert.Equal("none", b.Preferred);
        Assert.Equal([1.0, 0.8, 0.0], b.Values.ToArray());
        Assert.Equal(["none", "some", "all"], b.Acceptable.ToArray());
        Assert.Equal(Provenance.Assumption, b.Provenance);
    }

    [Fact]
    public void Read_NumericStand_KeepsPreferredAndAcceptableRange()
    {
        var a = S.PositionOf("A")!.On("days")!;
        Assert.Equal(90, a.PreferredValue);
        Assert.Equal(30, a.AcceptableRange!.Min);
        Assert.Equal(90, a.AcceptableRange.Max);
        Assert.Empty(a.Values);
    }

    [Fact]
    public void Read_WalkAway_IsAFigureWithTriangularUncertainty()
    {
        var w = S.PositionOf("A")!.WalkAway;
        Assert.Equal(0.3, w.Value);
        Assert.Equal(Provenance.Assumption, w.Provenance);
        Assert.Equal(DistributionKind.Triangular, w.Uncertainty!.Kind);
        Assert.Equal((0.2, 0.3, 0.5), (w.Uncertainty.Min, w.Uncertainty.Center, w.Uncertainty.Max));
        Assert.Equal(0, S.PositionOf("B")!.WalkAway.Value);
    }

    [Fact]
    public void Read_ProposalsLeversClaims()
    {
        var plan = Assert.Single(S.Proposals);
        Assert.Equal("M", plan.ProposedBy);
        Assert.Equal([new ProposalTerm("scope", "some", null), new ProposalTerm("days", null, 45)], plan.Terms.ToArray());

        var squeeze = S.FindLever("squeeze")!;
        Assert.Equal(6, squeeze.StartsAt);
        Assert.Equal(Provenance.Assumption, squeeze.Provenance);
        Assert.Equal(
            [typeof(WalkAwayChange), typeof(CapabilityChange), typeof(WeightChange), typeof(AcceptanceChange), typeof(OptionRemoval)],
            squeeze.Effects.Select(e => e.GetType()).ToArray());
        Assert.Equal(new WalkAwayChange("A", new ValueChange(ChangeMode.Add, 0.1)), squeeze.Effects[0]);

        var c2 = S.Claims[1];
        Assert.Equal("agreement(track: settlement).empty", c2.Test);
        Assert.Equal(["squeeze"], c2.With.ToArray());
        Assert.Equal(6, c2.At);
    }

    [Fact]
    public void ReadFile_ThenApplyLever_ChangesOnlyWhatTheLeverSays()
    {
        var squeezed = LeverApplication.Apply(S, ["squeeze"]);

        Assert.Equal(0.4, squeezed.PositionOf("A")!.WalkAway.Value, 12);
        Assert.Equal(0.2, squeezed.FindActor("B")!.Capability!.Value, 12);
        Assert.Equal(0.5, squeezed.PositionOf("B")!.On("scope")!.Weight.Value, 12);
        Assert.Equal(0.5, squeezed.PositionOf("B")!.On("days")!.Weight.Value, 12);
        Assert.Equal(["some", "all"], squeezed.FindIssue("scope")!.Options.Select(o => o.Id));
        Assert.Equal("some", squeezed.PositionOf("B")!.On("scope")!.Preferred);
        Assert.Null(squeezed.FindIssue("scope")!.StatusQuo);

        // The original is untouched.
        Assert.Equal(0.3, S.PositionOf("A")!.WalkAway.Value);
        Assert.Equal(3, S.FindIssue("scope")!.Options.Length);
    }

    [Fact]
    public void Read_SameTextTwice_GivesEqualResults()
    {
        string text = File.ReadAllText(RepoPaths.InRepo("tests", "Parley.Formats.Tests", "TestData", "valid", "complete.yaml"));

        var first = ScenarioReader.Read(text, "a.yaml");
        var second = ScenarioReader.Read(text, "a.yaml");

        // Records holding ImmutableArray compare arrays by reference, so compare their JSON.
        Assert.Equal(first.Diagnostics.AsEnumerable(), second.Diagnostics.AsEnumerable());
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(first.Value!.Issues), System.Text.Json.JsonSerializer.Serialize(second.Value!.Issues));
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(first.Value!.Positions), System.Text.Json.JsonSerializer.Serialize(second.Value!.Positions));
    }
}
