using CsCheck;
using Parley.Core.Model.Conflicts;
using Parley.Core.Stability;

namespace Parley.Core.Tests.Stability;

public class StabilityPropertyTests
{
    private static readonly StabilityConcept[] AllConcepts = Enum.GetValues<StabilityConcept>();

    [Fact]
    public void Run_RandomConflicts_MatchesLiteralOracleForEveryConceptStateAndDecisionMaker()
    {
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var conflict = RandomConflicts.Create(seed);
            if (conflict is null)
            {
                return;
            }

            var model = GraphModel.FromConflict(conflict);
            var oracle = LiteralOracle.Of(conflict);
            Assert.Equal(oracle.N, model.StateCount);
            Assert.Equal(oracle.Codes, Enumerable.Range(0, model.StateCount).Select(model.DecimalCode));
            var result = StabilityAnalysis.Run(model, new StabilityOptions(MaxDegreeOfParallelism: 1 + (seed % 2)));
            foreach (var concept in AllConcepts)
            {
                for (int i = 0; i < oracle.Movers; i++)
                {
                    for (int s = 0; s < oracle.N; s++)
                    {
                        Assert.True(oracle.IsStable(concept, i, s) == result.IsStable(concept, i, s), $"seed {seed}: {concept}, DM {i}, state {s + 1}");
                    }
                }
            }
        }, iter: 100);
    }

    [Fact]
    public void Run_RandomPartitions_MatchesLiteralOracleWithBlocksAsMovers()
    {
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var conflict = RandomConflicts.Create(seed, 7);
            if (conflict is null || conflict.DecisionMakers.Length < 3)
            {
                return;
            }

            int[][] partition = [[0, 1]];
            var model = GraphModel.FromConflict(conflict);
            var oracle = LiteralOracle.Of(conflict, partition);
            var result = StabilityAnalysis.Run(model, new StabilityOptions(Partition: [[0, 1]]));
            Assert.Equal(oracle.Names, result.Movers);
            foreach (var concept in AllConcepts)
            {
                Assert.True(oracle.Equilibria(concept).SequenceEqual(result.Equilibria(concept)), $"seed {seed}: {concept}");
            }
        }, iter: 40);
    }

    [Fact]
    public void Explain_RandomConflicts_VerdictEqualsAnalysisAndSanctionPathsAreLegal()
    {
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var conflict = RandomConflicts.Create(seed, 6);
            if (conflict is null)
            {
                return;
            }

            var model = GraphModel.FromConflict(conflict);
            var oracle = LiteralOracle.Of(conflict);
            var result = StabilityAnalysis.Run(model);
            foreach (var concept in AllConcepts)
            {
                for (int i = 0; i < oracle.Movers; i++)
                {
                    for (int s = 0; s < oracle.N; s++)
                    {
                        var e = StabilityExplainer.Explain(model, s, i, concept);
                        Assert.Equal(result.IsStable(concept, i, s), e.Stable);
                        Assert.Equal(oracle.UI(i, s).Order(), e.Improvements.Select(x => x.To));
                        foreach (var imp in e.Improvements.Where(x => x.Deterred && concept is StabilityConcept.Gmr or StabilityConcept.Smr or StabilityConcept.Seq))
                        {
                            // A legal sanction: starts at the improvement, each move by another decision
                            // maker within its reach, no one twice in a row, ending no better for i.
                            Assert.Equal(imp.To, imp.Sanction[0].From);
                            for (int k = 0; k < imp.Sanction.Length; k++)
                            {
                                var move = imp.Sanction[k];
                                int mover = Array.IndexOf(oracle.Names, move.Mover);
                                Assert.NotEqual(i, mover);
                                Assert.Contains(move.To, oracle.R(mover, move.From));
                                if (k > 0)
                                {
                                    Assert.NotEqual(imp.Sanction[k - 1].Mover, move.Mover);
                                    Assert.Equal(imp.Sanction[k - 1].To, move.From);
                                }
                            }

                            Assert.True(oracle.Ranks[i][imp.Sanction[^1].To] <= oracle.Ranks[i][s]);
                        }
                    }
                }
            }
        }, iter: 40);
    }

    [Fact]
    public void CoalitionRun_RandomConflicts_MatchesLiteralOracle()
    {
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var conflict = RandomConflicts.Create(seed, 7);
            if (conflict is null)
            {
                return;
            }

            var model = GraphModel.FromConflict(conflict);
            var oracle = LiteralOracle.Of(conflict);
            int[] h = conflict.DecisionMakers.Length == 2 ? [0, 1] : [0, 2];
            var result = CoalitionAnalysis.Run(model, h);
            foreach (var concept in new[] { StabilityConcept.Nash, StabilityConcept.Gmr, StabilityConcept.Smr, StabilityConcept.Seq })
            {
                var expected = Enumerable.Range(0, oracle.N).Where(s => oracle.CoalitionStable(concept, h, s));
                Assert.True(expected.SequenceEqual(result.StableStates[concept]), $"seed {seed}: {concept}");
            }

            for (int s = 0; s < oracle.N; s++)
            {
                Assert.Equal(oracle.CoalitionalImprovements(h, s), CoalitionAnalysis.Improvements(model, h, s).Select(ci => ci.To));
            }
        }, iter: 40);
    }
}
