using CsCheck;
using Parley.Core.Model.Conflicts;
using Parley.Core.Stability;

namespace Parley.Core.Tests.Stability;

public class DeterrenceAnalysisTests
{
    private static readonly StabilityConcept[] AllConcepts = Enum.GetValues<StabilityConcept>();

    [Fact]
    public void Explain_MediatorSanction_RussiaNotNashButHeldByUsAidUnderSeq()
    {
        var model = GraphModel.FromConflict(DeterrenceFixtures.MediatorSanction());
        int sq = model.StatusQuo!.Value;
        Assert.Equal(0, sq);

        var nash = DeterrenceAnalysis.Explain(model, sq, 0, StabilityConcept.Nash);
        Assert.False(nash.Stable);
        Assert.Equal(StabilityBasis.UnsanctionedImprovement, nash.Basis);
        var move = Assert.Single(nash.Improvements);
        Assert.Equal(0, Assert.Single(move.Taken));
        Assert.Empty(move.Dropped);

        foreach (var concept in new[] { StabilityConcept.Gmr, StabilityConcept.Smr, StabilityConcept.Seq, StabilityConcept.SeqSim })
        {
            var held = DeterrenceAnalysis.Explain(model, sq, 0, concept);
            Assert.True(held.Stable, concept.ToString());
            Assert.Equal(StabilityBasis.EveryImprovementSanctioned, held.Basis);
            var improvement = Assert.Single(held.Improvements);
            var step = Assert.Single(improvement.Sanction);
            Assert.Equal(2, step.DecisionMaker);
            Assert.Equal(2, Assert.Single(step.Taken));
            Assert.Equal(model.StateOfCode(0b101), improvement.End);
            Assert.True(improvement.Margin > 0);
        }

        var us = DeterrenceAnalysis.Explain(model, sq, 2, StabilityConcept.Seq);
        Assert.Equal(StabilityBasis.NoImprovement, us.Basis);
        Assert.True(us.Stable);
    }

    [Fact]
    public void WithoutDecisionMaker_MediatorSanction_StatusQuoLosesItsStability()
    {
        var model = GraphModel.FromConflict(DeterrenceFixtures.MediatorSanction());
        int sq = model.StatusQuo!.Value;
        Assert.True(StabilityAnalysis.Run(model).IsStable(StabilityConcept.Seq, 0, sq));

        var withoutUs = StabilityCounterfactual.WithoutDecisionMaker(model, 2);
        Assert.Equal(model.StateCount, withoutUs.StateCount);
        var result = StabilityAnalysis.Run(withoutUs);
        foreach (var concept in new[] { StabilityConcept.Gmr, StabilityConcept.Smr, StabilityConcept.Seq, StabilityConcept.SeqSim })
        {
            Assert.False(result.IsStable(concept, 0, sq), concept.ToString());
        }

        Assert.Empty(withoutUs.MovesFrom(2, sq));
        var frozen = StabilityCounterfactual.Without(model, [], ["us-aid"], out string? unknown);
        Assert.Null(unknown);
        Assert.False(StabilityAnalysis.Run(frozen!).IsStable(StabilityConcept.Gmr, 0, sq));
        Assert.Null(StabilityCounterfactual.Without(model, ["XX"], [], out unknown));
        Assert.Equal("XX", unknown);
    }

    [Fact]
    public void StateId_IsTheSetOfOptionIdsTaken()
    {
        var model = GraphModel.FromConflict(DeterrenceFixtures.MediatorSanction());
        Assert.Equal("none", model.StateId(0));
        Assert.Equal("ru-leave+us-aid", model.StateId(model.StateOfCode(0b101)));
        Assert.Equal("Russia", model.DecisionMakerNames[0]);
    }

    [Fact]
    public void Explain_RandomConflicts_VerdictMatchesOracleAndSanctionIsTheStrongestLegalOne()
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
            var states = Enumerable.Range(0, model.StateCount).Where(s => s % 3 == seed % 3).ToList();
            foreach (var concept in AllConcepts)
            {
                for (int i = 0; i < oracle.Movers; i++)
                {
                    var others = Enumerable.Range(0, oracle.Movers).Where(k => k != i).ToArray();
                    foreach (int s in states)
                    {
                        var d = DeterrenceAnalysis.Explain(model, s, i, concept);
                        string at = $"seed {seed}: {concept}, DM {i}, state {s + 1}";
                        Assert.True(oracle.IsStable(concept, i, s) == d.Stable, at);
                        Assert.Equal(oracle.UI(i, s).Order(), d.Improvements.Select(x => x.To).Order());
                        Assert.Equal(oracle.UI(i, s).Count == 0, d.Basis == StabilityBasis.NoImprovement);
                        foreach (var x in d.Improvements.Where(x => x.Deterred))
                        {
                            CheckSanction(model, oracle, d, x, at);
                            if (d.DecidedBy is StabilityConcept.Gmr or StabilityConcept.Seq or StabilityConcept.Smr)
                            {
                                // The strongest: no legal sanction ends lower for the focal decision maker.
                                var reach = oracle.RH(others, x.To, d.DecidedBy == StabilityConcept.Seq)
                                    .Where(s2 => oracle.NotPreferred(i, s2, s))
                                    .Where(s2 => d.DecidedBy != StabilityConcept.Smr || oracle.R(i, s2).All(s3 => oracle.NotPreferred(i, s3, s)));
                                Assert.Equal(reach.Min(s2 => oracle.Ranks[i][s2]), oracle.Ranks[i][x.End!.Value]);
                            }
                        }
                    }
                }
            }
        }, iter: 60);
    }

    [Fact]
    public void WithFrozenOptions_RandomConflicts_MatchesOracleWithThoseMovesRemoved()
    {
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var conflict = RandomConflicts.Create(seed, 7);
            if (conflict is null)
            {
                return;
            }

            var model = GraphModel.FromConflict(conflict);
            int frozen = (seed >> 3) % (1 << model.OptionCount);
            var bits = Enumerable.Range(0, model.OptionCount).Where(b => ((frozen >> b) & 1) != 0).ToList();
            var counterfactual = model.WithFrozenOptions(bits);
            var full = LiteralOracle.Of(conflict);
            var codes = full.Codes!;
            var oracle = new LiteralOracle(full.N, full.Names, full.Members, (d, s) => [.. full.R(d, s).Where(t => ((codes[t] ^ codes[s]) & frozen) == 0)], full.Ranks, full.Codes, full.Masks);
            var result = StabilityAnalysis.Run(counterfactual, new StabilityOptions(MaxDegreeOfParallelism: 1));
            foreach (var concept in AllConcepts)
            {
                for (int i = 0; i < oracle.Movers; i++)
                {
                    for (int s = 0; s < oracle.N; s++)
                    {
                        Assert.True(oracle.IsStable(concept, i, s) == result.IsStable(concept, i, s), $"seed {seed}: frozen {frozen}, {concept}, DM {i}, state {s + 1}");
                    }
                }
            }
        }, iter: 60);
    }

    private static void CheckSanction(GraphModel model, LiteralOracle oracle, Deterrence d, DeterredImprovement x, string at)
    {
        int i = d.DecisionMaker;
        Assert.False(x.Sanction.IsEmpty, at);
        Assert.True(x.Margin >= 0, at);
        Assert.Equal(oracle.Ranks[i][d.State] - oracle.Ranks[i][x.End!.Value], x.Margin);
        Assert.Equal(oracle.Ranks[i][x.To] - oracle.Ranks[i][d.State], x.Gain);
        if (d.DecidedBy == StabilityConcept.Sim)
        {
            Assert.All(x.Sanction, step => Assert.Equal(d.State, step.From));
            Assert.All(x.Sanction, step => Assert.Contains(step.To, oracle.UI(step.DecisionMaker, d.State)));
            return;
        }

        int from = x.To;
        int last = -1;
        foreach (var step in x.Sanction)
        {
            Assert.Equal(from, step.From);
            Assert.NotEqual(i, step.DecisionMaker);
            Assert.NotEqual(last, step.DecisionMaker);
            Assert.Contains(step.To, model.MovesFrom(step.DecisionMaker, step.From));
            if (d.DecidedBy == StabilityConcept.Seq)
            {
                Assert.True(oracle.Prefers(step.DecisionMaker, step.To, step.From), at);
            }

            from = step.To;
            last = step.DecisionMaker;
        }

        Assert.Equal(from, x.End);
    }
}
