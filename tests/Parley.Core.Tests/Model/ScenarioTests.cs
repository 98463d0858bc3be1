using System.Collections.Immutable;
using Parley.Core.Model;

namespace Parley.Core.Tests.Model;

public sealed class ScenarioTests
{
    [Fact]
    public void Constructor_ValidScenario_ExposesLookupsAndTracks()
    {
        var s = ScenarioFactory.TwoParties();

        Assert.Equal(["t1", "t2"], s.Tracks.ToArray());
        Assert.Equal("B", s.FindActor("B")!.Id);
        Assert.Null(s.FindActor("Z"));
        Assert.Equal(["A", "B"], s.ConsentingActors(s.FindIssue("x")!).Select(a => a.Id).ToArray());
    }

    [Fact]
    public void ConsentingActors_IssueNamingActors_UsesThoseActors()
    {
        var s = ScenarioFactory.TwoParties();
        var issue = s.FindIssue("x")! with { ConsentBy = ["A", "K"] };

        Assert.Equal(["A", "K"], s.ConsentingActors(issue).Select(a => a.Id).ToArray());
    }

    [Fact]
    public void Constructor_DuplicateActorIds_Throws()
    {
        var s = ScenarioFactory.TwoParties();

        var ex = Assert.Throws<ArgumentException>(() => new Scenario(s.Id, s.Title, null, s.Sources, s.Actors.Add(s.Actors[0]), s.Issues, s.Positions, s.Proposals, s.Levers, s.Claims));
        Assert.Contains("Duplicate actor id 'A'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_PositionOfUnknownActor_Throws()
    {
        var s = ScenarioFactory.TwoParties();
        var stray = s.Positions[0] with { ActorId = "Z" };

        Assert.Throws<ArgumentException>(() => new Scenario(s.Id, s.Title, null, s.Sources, s.Actors, s.Issues, [stray], s.Proposals, s.Levers, s.Claims));
    }

    [Fact]
    public void Constructor_WalkAwayOutOfRange_Throws()
    {
        var s = ScenarioFactory.TwoParties();
        var bad = s.Positions[0] with { WalkAway = Figure.Assumed(1.5) };

        Assert.Throws<ArgumentException>(() => new Scenario(s.Id, s.Title, null, s.Sources, s.Actors, s.Issues, [bad, s.Positions[1]], s.Proposals, s.Levers, s.Claims));
    }

    [Fact]
    public void Constructor_DefaultArrays_BecomeEmpty()
    {
        var s = ScenarioFactory.TwoParties();

        var bare = new Scenario("bare", "Bare", null, default, s.Actors, s.Issues, default, default, default, default);

        Assert.Empty(bare.Positions);
        Assert.Empty(bare.Claims);
    }
}
