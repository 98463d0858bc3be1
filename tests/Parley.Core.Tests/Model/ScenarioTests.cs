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

    /// <summary>Each figure the integrity check ranges, broken in the two-party scenario, and the start of its message.</summary>
    public static TheoryData<string, string> OutOfRangeFigures => new()
    {
        { "capability", "Capability of 'A' is 1.5; it must lie within [0, 1]." },
        { "walk-away", "Position of 'A': walk-away is 1.5; it must lie within [0, 1]." },
        { "weight", "Position of 'A' on 'x': weight is -0.1; it must lie within [0, 1]." },
        { "salience", "Position of 'A' on 'y': salience is 2; it must lie within [0, 1]." },
        { "revision walk-away", "Position of 'A': revision of 2025-06-01: walk-away is 1.2; it must lie within [0, 1]." },
        { "revision weight", "Position of 'A': revision of 2025-06-01 on 'x': weight is 1.2; it must lie within [0, 1]." },
        { "interaction", "Position of 'A': interaction 1: value is -1.5; it must lie within [-1, 1]." },
        { "revision order", "Position of 'A': revisions must have strictly ascending dates; 2025-05-01 follows 2025-06-01." },
    };

    [Theory]
    [MemberData(nameof(OutOfRangeFigures))]
    public void Check_FigureOutOfRange_SaysTheSameWithOrWithoutReferencesKnown(string figure, string message)
    {
        var s = ScenarioFactory.TwoParties();
        var a = s.Positions[0];
        var june = new DateOnly(2025, 6, 1);
        Scenario Broken() => figure switch
        {
            "capability" => s.With(actors: [s.Actors[0] with { Capability = Figure.Assumed(1.5) }, .. s.Actors[1..]]),
            "walk-away" => WithA(a with { WalkAway = Figure.Assumed(1.5) }),
            "weight" => WithA(a with { Issues = [a.Issues[0] with { Weight = Figure.Assumed(-0.1) }, a.Issues[1]] }),
            "salience" => WithA(a with { Issues = [a.Issues[0], a.Issues[1] with { Salience = Figure.Assumed(2) }] }),
            "revision walk-away" => WithA(a with { Revisions = [new PositionRevision(june, a.Issues, Figure.Assumed(1.2), [], null)] }),
            "revision weight" => WithA(a with { Revisions = [new PositionRevision(june, [a.Issues[0] with { Weight = Figure.Assumed(1.2) }, a.Issues[1]], null, [], null)] }),
            "interaction" => WithA(a with { Interactions = [new InteractionTerm([new InteractionCondition("x", ["a"], null)], Figure.Assumed(-1.5), null, [])] }),
            "revision order" => WithA(a with
            {
                Revisions = [new PositionRevision(june, a.Issues, null, [], null), new PositionRevision(new DateOnly(2025, 5, 1), a.Issues, null, [], null)],
            }),
            _ => throw new ArgumentOutOfRangeException(nameof(figure)),
        };
        Scenario WithA(Position changed) => s.With(positions: [changed, s.Positions[1]]);

        // One walk over the figures serves the full check and a draw's check: the same rule, the same sentence.
        var full = Assert.Throws<ArgumentException>(Broken);
        var known = Assert.Throws<ArgumentException>(() => ScenarioIntegrity.WithReferencesKnown(Broken));

        Assert.Equal(message, full.Message);
        Assert.Equal(message, known.Message);
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
