using System.Collections.Immutable;
using Parley.Core.Levers;
using Parley.Core.Model.Conflicts;
using Parley.Core.Model;
using Parley.Core.Stability;
using Parley.Tests;

namespace Parley.Core.Tests.Stability;

public class RegressionTests
{
    /// <summary>
    /// gmcr-py defect D1: its SIM check consumes the opponents' move combinations on the first
    /// improvement, so a second improvement looks unsanctioned. Here DM1 has two improvements from state
    /// 1 (codes 1 and 2), and DM2's improvement to code 4 spoils both (codes 5 and 6 rank below 1).
    /// </summary>
    [Fact]
    public void Run_TwoImprovementsBothSimultaneouslySanctioned_StateIsSimStable()
    {
        // Ordinal = code + 1 (no infeasible states). DM1 best first: 2 (YNN), 3 (NYN), 1 (s), 4, 5, 8, 6, 7.
        var conflict = new Conflict(
            [
                new DecisionMaker("DM1", "DM1", [new ConflictOption("a", "a"), new ConflictOption("b", "b")], new StateRanking([[2], [3], [1], [4], [5], [8], [6], [7]])),
                new DecisionMaker("DM2", "DM2", [new ConflictOption("c", "c")], new StateRanking([[5], [1], [6], [7], [8], [2], [3], [4]])),
            ],
            [],
            [],
            []);
        var model = GraphModel.FromConflict(conflict);
        var result = StabilityAnalysis.Run(model);
        Assert.True(result.IsStable(StabilityConcept.Sim, 0, 0));
        var why = StabilityExplainer.Explain(model, 0, 0, StabilityConcept.Sim);
        Assert.Equal([1, 2], why.Improvements.Select(i => i.To));
        Assert.All(why.Improvements, i => Assert.Equal([(0, 4, "DM2")], i.Sanction.Select(m => (m.From, m.To, m.Mover))));
        Assert.True(LiteralOracle.Of(conflict).IsStable(StabilityConcept.Sim, 0, 0));
    }

    [ReferenceFact]
    public void Explain_PrisonersDilemmaCooperation_NamesTheSanction()
    {
        var conflict = VectorConflicts.FromCase(ReferenceData.Vectors("prisoners_dilemma"));
        var model = GraphModel.FromConflict(conflict);
        var nash = StabilityExplainer.Explain(model, 0, 0, StabilityConcept.Nash);
        Assert.False(nash.Stable);
        Assert.Contains("prefers 2 to 1", nash.Improvements.Single().Reason, StringComparison.Ordinal);
        var gmr = StabilityExplainer.Explain(model, 0, 0, StabilityConcept.Gmr);
        Assert.True(gmr.Stable);
        Assert.Equal([(1, 3, "DM2")], gmr.Improvements.Single().Sanction.Select(m => (m.From, m.To, m.Mover)));
        var atFour = StabilityExplainer.Explain(model, 3, 0, StabilityConcept.Gmr);
        Assert.Empty(atFour.Improvements);
        Assert.Contains("no unilateral improvement", atFour.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_OptionFixingAndPreferenceChange_DeriveNewConflict()
    {
        var conflict = new Conflict(
            [
                new DecisionMaker("A", "A", [new ConflictOption("a1", "a1"), new ConflictOption("a2", "a2")], new OptionPrioritization([new PreferenceStatement(OptionCondition.Option("a1"))])),
                new DecisionMaker("B", "B", [new ConflictOption("b1", "b1")], new OptionPrioritization([new PreferenceStatement(OptionCondition.Option("b1"))])),
            ],
            [],
            ["a1"],
            []);
        var actors = ImmutableArray.Create(new Actor("A", "A", ActorRole.Party, null, [], null, []), new Actor("B", "B", ActorRole.Party, null, [], null, []));
        var scenario = new Scenario("s", "s", null, [], actors, [], [], [], [
            new Lever("fix", "fix", "A", [new OptionFixing("a2", true)], null, null, Provenance.Assumption, []),
            new Lever("flip", "flip", "B", [new PreferenceChange("B", new OptionPrioritization([new PreferenceStatement(OptionCondition.Option("b1", false))]))], null, null, Provenance.Assumption, []),
        ], [], conflict: conflict);

        var fixedModel = GraphModel.FromConflict(LeverApplication.Apply(scenario, ["fix"]).Conflict!);
        Assert.Equal(4, fixedModel.StateCount);
        Assert.Equal("YY", string.Concat(fixedModel.OptionBitsOf(0).Select(b => fixedModel.IsTaken(fixedModel.StatusQuo!.Value, b) ? 'Y' : 'N')));

        var flipped = GraphModel.FromConflict(LeverApplication.Apply(scenario, ["flip"]).Conflict!);
        var before = GraphModel.FromConflict(conflict);
        Assert.All(StabilityAnalysis.Run(flipped).StableStates(StabilityConcept.Nash, 1), s => Assert.Equal(0, (flipped.DecimalCode(s) >> 2) & 1));
        Assert.All(StabilityAnalysis.Run(before).StableStates(StabilityConcept.Nash, 1), s => Assert.Equal(1, (before.DecimalCode(s) >> 2) & 1));
        Assert.Throws<ArgumentException>(() => LeverApplication.Apply(scenario.WithConflict(null), ["fix"]));
    }

    [Fact]
    public void FromConflict_ContradictoryConditionsOrInfeasibleStatusQuo_Throw()
    {
        var dms = ImmutableArray.Create(
            new DecisionMaker("A", "A", [new ConflictOption("a", "a")], new OptionPrioritization([])),
            new DecisionMaker("B", "B", [new ConflictOption("b", "b")], new OptionPrioritization([])));
        Assert.Throws<ArgumentException>(() => GraphModel.FromConflict(new Conflict(dms, [new Infeasibility(OptionCondition.Option("a")), new Infeasibility(OptionCondition.Option("a", false))], null, [])));
        Assert.Throws<ArgumentException>(() => GraphModel.FromConflict(new Conflict(dms, [Infeasibility.Requires("a", "b")], ["a"], [])));
    }

    [Fact]
    public void Run_ParallelismDoesNotChangeResults()
    {
        var conflict = Enumerable.Range(100, 50).Select(seed => RandomConflicts.Create(seed)).First(c => c is not null)!;
        var model = GraphModel.FromConflict(conflict);
        var one = StabilityAnalysis.Run(model, new StabilityOptions(MaxDegreeOfParallelism: 1));
        var many = StabilityAnalysis.Run(model, new StabilityOptions(MaxDegreeOfParallelism: 4));
        foreach (var c in one.Concepts)
        {
            Assert.Equal(one.Equilibria(c).ToArray(), many.Equilibria(c).ToArray());
        }
    }
}
