using System.Collections.Immutable;
using Parley.Core.Model.Conflicts;
using Parley.Core.Model;
using Parley.Core.Stability;
using Parley.Core.Tests.Model;

namespace Parley.Core.Tests.Claims;

/// <summary>Small scenarios whose claim verdicts are worked out by hand in the tests.</summary>
internal static class ClaimFixtures
{
    public static Claim Claim(string id, string test, double? at = null, params string[] with) =>
        new(id, id, test, [.. with], at, []);

    /// <summary>
    /// <see cref="ScenarioFactory.TwoParties"/>: on track t1 only option b lies inside both red lines and
    /// gives A .5 (walk-away .2) and B .5 (walk-away .3), so the space holds exactly one package; lever
    /// <c>l</c> raises B's walk-away to .8 and empties it. On track t2 each option gives one side 0, below
    /// its walk-away, so that space is empty.
    /// </summary>
    public static Scenario TwoParties(params Claim[] claims) => ScenarioFactory.TwoParties().With(claims: [.. claims]);

    /// <summary>
    /// One discrete issue p with axes lo 0, mid 50, hi 100; A (capability .6) prefers lo and accepts lo
    /// or mid, B (capability .4) prefers hi and accepts mid or hi; saliences 1. Weighted mean 40, weighted
    /// median 0 (A holds .6 of the weight). <paramref name="capabilityB"/> may carry an uncertainty.
    /// </summary>
    public static Scenario Spatial(Figure? capabilityB = null, params Claim[] claims)
    {
        var p = new Issue("p", "p", "main", IssueKind.Discrete,
            [new IssueOption("lo", "lo", 0), new IssueOption("mid", "mid", 50), new IssueOption("hi", "hi", 100)], null, [], null, null);
        ImmutableArray<Actor> actors =
        [
            new("A", "A", ActorRole.Party, Figure.Assumed(0.6), [], null, []),
            new("B", "B", ActorRole.Party, capabilityB ?? Figure.Assumed(0.4), [], null, []),
        ];
        ImmutableArray<Position> positions =
        [
            new("A", [new IssuePosition("p", "lo", null, ["lo", "mid"], null, Figure.Assumed(1), [1, 0.5, 0], Provenance.Assumption, null, [])], Figure.Assumed(0.2), []),
            new("B", [new IssuePosition("p", "hi", null, ["mid", "hi"], null, Figure.Assumed(1), [0, 0.5, 1], Provenance.Assumption, null, [])], Figure.Assumed(0.2), []),
        ];
        return new Scenario("spatial", "Spatial", null, [], actors, [p], positions, [], [], [.. claims]);
    }

    /// <summary>
    /// Options x0, x1, x2 valued (1, .5, 0) by A and (0, .5, 1) by B; B's walk-away .3. Only x1 can be
    /// acceptable to both, and it is exactly when A's walk-away is at most .5.
    /// </summary>
    public static Scenario UncertainWalkAway(Distribution walkAwayA, params Claim[] claims)
    {
        var x = new Issue("x", "x", "main", IssueKind.Discrete,
            [new IssueOption("x0", "x0", null), new IssueOption("x1", "x1", null), new IssueOption("x2", "x2", null)], null, [], null, null);
        ImmutableArray<Actor> actors =
        [
            new("A", "A", ActorRole.Party, null, [], null, []),
            new("B", "B", ActorRole.Party, null, [], null, []),
        ];
        ImmutableArray<Position> positions =
        [
            new("A", [new IssuePosition("x", "x0", null, ["x0", "x1", "x2"], null, Figure.Assumed(1), [1, 0.5, 0], Provenance.Assumption, null, [])],
                new Figure(walkAwayA.Center, Provenance.Assumption, walkAwayA, [], null), []),
            new("B", [new IssuePosition("x", "x2", null, ["x0", "x1", "x2"], null, Figure.Assumed(1), [0, 0.5, 1], Provenance.Assumption, null, [])], Figure.Assumed(0.3), []),
        ];
        return new Scenario("uncertain", "Uncertain walk-away", null, [], actors, [x], positions, [], [], [.. claims]);
    }

    /// <summary>
    /// The prisoner's dilemma between A and B (option <c>da</c>: A defects; <c>db</c>: B defects).
    /// States by ordinal: 1 both cooperate, 2 A defects, 3 B defects, 4 both defect. A ranks 2, 1, 4, 3;
    /// B ranks 3, 1, 4, 2. Status quo: state 1 (no option taken) unless <paramref name="withStatusQuo"/> is false.
    /// Nash: only state 4 is an equilibrium; GMR and SEQ: states 1 and 4.
    /// </summary>
    public static Conflict PrisonersDilemma(bool withStatusQuo = true) => new(
        [
            new DecisionMaker("A", "A", [new ConflictOption("da", "A defects")], new StateRanking([[2], [1], [4], [3]])),
            new DecisionMaker("B", "B", [new ConflictOption("db", "B defects")], new StateRanking([[3], [1], [4], [2]])),
        ],
        [],
        withStatusQuo ? [] : null,
        []);
}
