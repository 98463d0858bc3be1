using System.Collections.Immutable;
using Parley.Core.Agreement;
using Parley.Core.Dynamics;
using Parley.Core.Model.Dynamics;
using Parley.Core.Model;

namespace Parley.Core.Tests.Dynamics;

/// <summary>Small scenarios and negotiation problems whose results are worked out by hand in the tests.</summary>
internal static class DynamicsFixtures
{
    /// <summary>
    /// Two parties A and B, one issue with two options, walk-away 0.4 and 0.3, capability 0.6 and 0.4; a
    /// lever of B's backer that lowers B's walk-away by 0.1 from time 6; and the given dynamics.
    /// </summary>
    public static Scenario TwoParties(ScenarioDynamics? dynamics)
    {
        ImmutableArray<Source> sources = [new Source("S1", "A statement", null, "2025-06-02", null)];
        ImmutableArray<Actor> actors =
        [
            new Actor("A", "Party A", ActorRole.Party, Figure.Assumed(0.6), [], null, []),
            new Actor("B", "Party B", ActorRole.Party, Figure.Assumed(0.4), [], null, []),
            new Actor("C", "Backer of B", ActorRole.Backer, null, ["B"], null, []),
        ];
        ImmutableArray<Issue> issues =
        [
            new Issue("x", "Issue x", "main", IssueKind.Discrete, [new IssueOption("x0", "zero", null), new IssueOption("x1", "one", null)], null, [], "x0", null),
        ];
        ImmutableArray<Position> positions =
        [
            Position("A", 0.4, [1.0, 0.0]),
            Position("B", 0.3, [0.0, 1.0]),
        ];
        ImmutableArray<Lever> levers =
        [
            new Lever("halt", "Backer halts aid", "C", [new WalkAwayChange("B", new ValueChange(ChangeMode.Add, -0.1))], 6, null, Provenance.Assumption, []),
            new Lever("now", "Immediate", "C", [new CapabilityChange("A", new ValueChange(ChangeMode.Set, 0.9))], null, null, Provenance.Assumption, []),
        ];
        return new Scenario("two", "Two parties", null, sources, actors, issues, positions, [], levers, [], dynamics);
    }

    /// <summary>
    /// One issue with options x0, x1, x2 valued (1, .5, 0) by A and (0, .5, 1) by B; walk-away .3 for B
    /// and, for A, a linear trend from .4 at 0 to .8 at 24 months, so the middle option (.5 each) stays
    /// acceptable to A until month 6. Lever <c>ease</c> lowers A's walk-away by .2 from month 12.
    /// </summary>
    public static Scenario Window()
    {
        ImmutableArray<Actor> actors =
        [
            new Actor("A", "Party A", ActorRole.Party, null, [], null, []),
            new Actor("B", "Party B", ActorRole.Party, null, [], null, []),
        ];
        ImmutableArray<Issue> issues =
        [
            new Issue("x", "Issue x", "main", IssueKind.Discrete,
                [new IssueOption("x0", "zero", null), new IssueOption("x1", "one", null), new IssueOption("x2", "two", null)], null, [], "x0", null),
        ];
        ImmutableArray<Position> positions =
        [
            new("A", [new IssuePosition("x", "x0", null, ["x0", "x1", "x2"], null, Figure.Assumed(1), [1, 0.5, 0], Provenance.Assumption, null, [])], Figure.Assumed(0.4), []),
            new("B", [new IssuePosition("x", "x2", null, ["x0", "x1", "x2"], null, Figure.Assumed(1), [0, 0.5, 1], Provenance.Assumption, null, [])], Figure.Assumed(0.3), []),
        ];
        ImmutableArray<Lever> levers =
        [
            new Lever("ease", "A's walk-away eases", "B", [new WalkAwayChange("A", new ValueChange(ChangeMode.Add, -0.2))], 12, null, Provenance.Assumption, []),
        ];
        var dynamics = new ScenarioDynamics(new Horizon(24, "months", "2025-06"),
            [new Trend("A", TrendTarget.WalkAway, new LinearCurve(0, 0.4, 24, 0.8), Provenance.Assumption, [], "rises steadily")]);
        return new Scenario("window", "A closing window", null, [], actors, issues, positions, [], levers, [], dynamics);
    }

    private static Position Position(string actor, double walkAway, ImmutableArray<double> values) =>
        new(actor, [new IssuePosition("x", null, null, ["x0", "x1"], null, Figure.Assumed(1), values, Provenance.Assumption, null, [])], Figure.Assumed(walkAway), []);

    /// <summary>
    /// One issue with five options 0..4; party A values option i at i/4, party B at (4 − i)/4. All
    /// figures are exact in binary, so targets and utilities compare exactly in hand-worked examples.
    /// </summary>
    public static NegotiationProblem Quarters(double reservationA = 0, double reservationB = 0)
    {
        var space = new OutcomeSpace(["q"], [["0", "1", "2", "3", "4"]]);
        return new NegotiationProblem("quarters", space,
        [
            new AdditiveUtility([[0, 0.25, 0.5, 0.75, 1]], reservationA),
            new AdditiveUtility([[1, 0.75, 0.5, 0.25, 0]], reservationB),
        ]);
    }

    /// <summary>One issue with three options; A: (0, .5, 1), B: (1, .5, 0), C: (.5, 1, .5).</summary>
    public static NegotiationProblem ThreeParties()
    {
        var space = new OutcomeSpace(["y"], [["0", "1", "2"]]);
        return new NegotiationProblem("three", space,
        [
            new AdditiveUtility([[0, 0.5, 1]], 0),
            new AdditiveUtility([[1, 0.5, 0]], 0),
            new AdditiveUtility([[0.5, 1, 0.5]], 0),
        ]);
    }

    /// <summary>A random problem: 2–3 parties, 1–4 issues of 1–4 options; contributions drawn from a coarse grid (many ties) or freely.</summary>
    public static NegotiationProblem Random(Random random)
    {
        int parties = random.Next(2, 4);
        int issues = random.Next(1, 5);
        bool coarse = random.Next(2) == 0;
        var options = new ImmutableArray<string>[issues];
        var names = new string[issues];
        var cardinalities = new int[issues];
        for (int i = 0; i < issues; i++)
        {
            cardinalities[i] = random.Next(1, 5);
            names[i] = $"i{i}";
            options[i] = [.. Enumerable.Range(0, cardinalities[i]).Select(o => $"o{o}")];
        }

        var utilities = new AdditiveUtility[parties];
        for (int p = 0; p < parties; p++)
        {
            var rows = new ImmutableArray<double>[issues];
            for (int i = 0; i < issues; i++)
            {
                rows[i] = [.. Enumerable.Range(0, cardinalities[i]).Select(_ => coarse ? random.Next(0, 5) * 0.05 : random.NextDouble() / issues)];
            }

            utilities[p] = new AdditiveUtility([.. rows], coarse ? random.Next(0, 4) * 0.05 : random.NextDouble() * 0.5);
        }

        // Half of the problems give some parties red lines (a random subset of outcomes, sometimes empty).
        var space = new OutcomeSpace([.. names], [.. options]);
        int count = (int)space.Size;
        bool[]?[]? allowed = null;
        if (random.Next(2) == 0)
        {
            allowed = new bool[]?[parties];
            for (int p = 0; p < parties; p++)
            {
                int kind = random.Next(4);
                allowed[p] = kind == 0 ? null : [.. Enumerable.Range(0, count).Select(_ => kind != 1 && random.NextDouble() < 0.7)];
            }
        }

        return new NegotiationProblem("random", space, [.. utilities], allowed);
    }
}
