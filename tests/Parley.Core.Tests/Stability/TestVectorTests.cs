using System.Collections.Immutable;
using System.Text.Json;
using Parley.Core.Model.Conflicts;
using Parley.Core.Stability;
using Parley.Tests;

namespace Parley.Core.Tests.Stability;

public class TestVectorTests
{
    [ReferenceTheory]
    [InlineData("prisoners_dilemma")]
    [InlineData("chicken")]
    public void Run_TextbookTwoByTwo_ReproducesEquilibriaAndPerDecisionMakerStability(string name)
    {
        var c = ReferenceData.Vectors(name);
        var model = GraphModel.FromConflict(VectorConflicts.FromCase(c));
        var result = StabilityAnalysis.Run(model);
        var results = c.GetProperty("results");
        foreach (var key in new[] { "nash", "gmr", "smr", "seq", "sim", "seq_plus_sim" })
        {
            var concept = VectorConflicts.Concept(key);
            Assert.Equal(VectorConflicts.Ints(results.GetProperty(key)), VectorConflicts.Ordinals(result.Equilibria(concept)));
        }

        foreach (var concept in results.GetProperty("per_dm").EnumerateObject())
        {
            foreach (var dm in concept.Value.EnumerateObject())
            {
                int mover = model.DecisionMakers.IndexOf(dm.Name);
                Assert.Equal(VectorConflicts.Ints(dm.Value), VectorConflicts.Ordinals(result.StableStates(VectorConflicts.Concept(concept.Name), mover)));
            }
        }
    }

    [ReferenceFact]
    public void Run_ClassicElmiraGraphForm_ReproducesEquilibria()
    {
        var (model, _) = ClassicElmira();
        var result = StabilityAnalysis.Run(model);
        var results = ReferenceData.Vectors("elmira_classic_9_state").GetProperty("results");
        foreach (var key in new[] { "nash", "gmr", "smr", "seq" })
        {
            Assert.Equal(VectorConflicts.Ints(results.GetProperty(key)), VectorConflicts.Ordinals(result.Equilibria(VectorConflicts.Concept(key))));
        }

        // Explicit moves have no option structure, so SIM is not computed.
        Assert.DoesNotContain(StabilityConcept.Sim, result.Concepts);
    }

    [ReferenceFact]
    public void Run_ClassicElmira_PerDecisionMakerStabilityAsPublished()
    {
        var (model, _) = ClassicElmira();
        var result = StabilityAnalysis.Run(model);

        // README 6.3: MoE stable everywhere; UR {1,4,5,8,9} under all four; LG Nash {5..9}, GMR/SMR all, SEQ {2,3,5,6,7,8,9}.
        foreach (var concept in new[] { StabilityConcept.Nash, StabilityConcept.Gmr, StabilityConcept.Smr, StabilityConcept.Seq })
        {
            Assert.Equal(Enumerable.Range(1, 9), VectorConflicts.Ordinals(result.StableStates(concept, 0)));
            Assert.Equal([1, 4, 5, 8, 9], VectorConflicts.Ordinals(result.StableStates(concept, 1)));
        }

        Assert.Equal([5, 6, 7, 8, 9], VectorConflicts.Ordinals(result.StableStates(StabilityConcept.Nash, 2)));
        Assert.Equal(Enumerable.Range(1, 9), VectorConflicts.Ordinals(result.StableStates(StabilityConcept.Gmr, 2)));
        Assert.Equal(Enumerable.Range(1, 9), VectorConflicts.Ordinals(result.StableStates(StabilityConcept.Smr, 2)));
        Assert.Equal([2, 3, 5, 6, 7, 8, 9], VectorConflicts.Ordinals(result.StableStates(StabilityConcept.Seq, 2)));
    }

    [ReferenceFact]
    public void Improvements_ClassicElmira_CoalitionalImprovementsFromEquilibriaAsPublished()
    {
        var (model, _) = ClassicElmira();
        var expected = ReferenceData.Vectors("elmira_classic_9_state").GetProperty("results").GetProperty("coalition_improvements_from_equilibria");
        foreach (var coalition in expected.EnumerateObject())
        {
            var members = coalition.Name.Split('+').Select(n => model.DecisionMakers.IndexOf(n)).ToArray();
            foreach (var from in coalition.Value.EnumerateObject())
            {
                int state = int.Parse(from.Name, System.Globalization.CultureInfo.InvariantCulture) - 1;
                var found = CoalitionAnalysis.Improvements(model, members, state);
                Assert.Equal(VectorConflicts.Ints(from.Value), VectorConflicts.Ordinals(found.Select(ci => ci.To)));
            }
        }

        // 5 → 8 for MoE+UR goes through a legal sequence of the members' moves.
        var path = CoalitionAnalysis.Improvements(model, [0, 1], 4).Single().Path;
        Assert.Equal([(5, 6, "MoE"), (6, 8, "UR")], path.Select(m => (m.From + 1, m.To + 1, m.Mover)));
    }

    [ReferenceFact]
    public void Run_ClassicElmira_CoalitionMoEAndUrMakesFiveUnstable()
    {
        var (model, _) = ClassicElmira();
        var coalition = CoalitionAnalysis.Run(model, [0, 1]);
        Assert.DoesNotContain(4, coalition.StableStates[StabilityConcept.Nash]);
        Assert.Contains(7, coalition.StableStates[StabilityConcept.Nash]);
        Assert.Contains(8, coalition.StableStates[StabilityConcept.Nash]);
    }

    [ReferenceFact]
    public void StatusQuo_ClassicElmira_PathOneToFiveToEightNeedsTheCoalition()
    {
        var (model, _) = ClassicElmira();
        var unilateral = StatusQuoAnalysis.Run(model, 0, [4, 7, 8]);
        Assert.Equal([(1, 5, "LG")], unilateral[0].Steps.Select(m => (m.From + 1, m.To + 1, m.Mover)));
        Assert.False(unilateral[1].Reachable);

        var withCoalition = StatusQuoAnalysis.Run(model, 0, [7], [[0, 1]]);
        Assert.True(withCoalition[0].Reachable);
        Assert.Equal([(1, 5, "LG"), (5, 8, "MoE+UR")], withCoalition[0].Steps.Select(m => (m.From + 1, m.To + 1, m.Mover)));
    }

    [ReferenceFact]
    public void Run_ClassicElmira_AgreesWithLiteralOracle()
    {
        var (model, oracle) = ClassicElmira();
        var result = StabilityAnalysis.Run(model);
        foreach (var concept in result.Concepts)
        {
            Assert.Equal(oracle.Equilibria(concept), result.Equilibria(concept));
        }
    }

    internal static (GraphModel Model, LiteralOracle Oracle) ClassicElmira()
    {
        var c = ReferenceData.Vectors("elmira_classic_9_state");
        string[] names = ["MoE", "UR", "LG"];
        var moves = names.Select(n => c.GetProperty("moves").GetProperty(n).EnumerateArray()
            .Select(e => (e[0].GetInt32() - 1, e[1].GetInt32() - 1)).ToList()).ToArray();
        var rankings = names.Select(n => VectorConflicts.Ints(c.GetProperty("rankings_best_first").GetProperty(n))).ToArray();
        var tiers = rankings.Select(r => (IReadOnlyList<IReadOnlyList<int>>)[.. r.Select(o => (IReadOnlyList<int>)[o - 1])]).ToList();
        var model = GraphModel.FromExplicitMoves(names, [.. Enumerable.Range(1, 9).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))], [.. moves.Select(m => (IReadOnlyList<(int, int)>)m)], tiers, 0);
        var ranks = rankings.Select(r =>
        {
            var rank = new int[9];
            for (int p = 0; p < 9; p++)
            {
                rank[r[p] - 1] = 9 - p;
            }

            return rank;
        }).ToArray();
        return (model, LiteralOracle.OfMoves(9, names, moves, ranks));
    }
}
