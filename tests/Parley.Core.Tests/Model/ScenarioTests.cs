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
    public void WithReferencesKnown_StillChecksEveryFigureRange()
    {
        var s = ScenarioFactory.TwoParties();
        var walkAway = s.Positions[0] with { WalkAway = Figure.Assumed(1.5) };
        var weight = s.Positions[0] with { Issues = [s.Positions[0].Issues[0] with { Weight = Figure.Assumed(-0.1) }, .. s.Positions[0].Issues[1..]] };

        // A draw's variant is built with its references taken as known (its undrawn twin was checked in full),
        // but a figure out of range is still refused, as the full check refuses it.
        var ex = Assert.Throws<ArgumentException>(() => ScenarioIntegrity.WithReferencesKnown(() => s.With(positions: [walkAway, s.Positions[1]])));
        Assert.Contains("walk-away is 1.5", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ScenarioIntegrity.WithReferencesKnown(() => s.With(positions: [weight, s.Positions[1]])));

        // Outside the scope the full check runs again (the scope ends even when the derivation throws).
        var stray = s.Positions[0] with { ActorId = "Z" };
        Assert.Throws<ArgumentException>(() => s.With(positions: [stray]));
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
