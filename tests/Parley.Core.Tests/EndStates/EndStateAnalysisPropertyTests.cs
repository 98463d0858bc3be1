using System.Collections.Immutable;
using CsCheck;
using Parley.Core.Agreement;
using Parley.Core.Claims;
using Parley.Core.EndStates;
using Parley.Core.Model;
using Parley.Core.Model.Conflicts;
using Parley.Core.Stability;
using Parley.Core.Tests.Agreement;
using Parley.Core.Tests.Stability;

namespace Parley.Core.Tests.EndStates;

/// <summary>
/// End states on random conflicts with a random agreement track and uncertain walk-away values: the end
/// states "o and deal", "o and no deal", "not o and deal", "not o and no deal" partition the outcomes
/// whenever the status-quo path ends, so their probabilities sum to 1; each count matches an oracle that
/// repeats the same draws and decides each draw's agreement by enumerating every package.
/// </summary>
public sealed class EndStateAnalysisPropertyTests
{
    internal static Scenario? Random(int seed)
    {
        var conflict = RandomConflicts.Create(seed, maxOptions: 5);
        if (conflict is null)
        {
            return null;
        }

        conflict = conflict with { StatusQuo = [] };
        try
        {
            GraphModel.FromConflict(conflict);
        }
        catch (ArgumentException)
        {
            return null; // the empty status quo is infeasible here
        }

        var rng = new Random(seed);
        var actors = conflict.DecisionMakers.Select(d => new Actor(d.ActorId, d.ActorId, ActorRole.Party, null, [], null, [])).ToImmutableArray();
        var issue = new Issue("x", "x", "deal", IssueKind.Discrete, [new IssueOption("a", "a", null), new IssueOption("b", "b", null), new IssueOption("c", "c", null)], null, [], null, null);
        var positions = actors.Select(a =>
        {
            double lo = rng.Next(0, 5) / 10.0;
            var walkAway = new Figure(lo, Provenance.Assumption, new Distribution(DistributionKind.Uniform, lo, lo + 0.4, lo + 0.2, 0), [], null);
            double[] values = [rng.Next(0, 11) / 10.0, rng.Next(0, 11) / 10.0, rng.Next(0, 11) / 10.0];
            return new Position(a.Id, [new IssuePosition("x", "a", null, ["a", "b", "c"], null, Figure.Assumed(1), [.. values], Provenance.Assumption, null, [])], walkAway, []);
        }).ToImmutableArray();

        string o = conflict.AllOptions[rng.Next(conflict.AllOptions.Length)].Id;
        ImmutableArray<EndState> endStates =
        [
            new("o-deal", "o-deal", null, OptionCondition.Option(o), [new TrackOutcome("deal", true)], []),
            new("o-none", "o-none", null, OptionCondition.Option(o), [new TrackOutcome("deal", false)], []),
            new("not-o-deal", "not-o-deal", null, OptionCondition.Not(OptionCondition.Option(o)), [new TrackOutcome("deal", true)], []),
            new("not-o-none", "not-o-none", null, OptionCondition.Not(OptionCondition.Option(o)), [new TrackOutcome("deal", false)], []),
        ];
        return new Scenario("random", "random", null, [], actors, [issue], positions, [], [], [], null, conflict, endStates);
    }

    [Fact]
    public void Run_RandomConflicts_PartitionSumsToOneAndMatchesTheOracle()
    {
        int partitions = 0;
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            if (Random(seed) is not { } scenario)
            {
                return;
            }

            const int draws = 30;
            var report = EndStateAnalysis.Run(scenario, new EndStateOptions { Draws = draws, Seed = seed });
            if (report.PathEnd is null)
            {
                // No Nash equilibrium is reachable: the status-quo path never ends, so no conditioned end state holds.
                Assert.Equal(1.0, report.Unmatched);
                Assert.All(report.EndStates, e => Assert.Equal(0, e.Hits));
                return;
            }

            Assert.True(report.IsPartition);
            Assert.Equal(1.0, report.EndStates.Sum(e => e.Probability), 12);
            partitions++;

            // The path end is a Nash equilibrium (when there is one).
            var model = GraphModel.FromConflict(scenario.Conflict!);
            var stability = StabilityAnalysis.Run(model, new StabilityOptions([StabilityConcept.Nash]));
            if (report.PathEnd is { } end)
            {
                Assert.Contains(end, stability.Equilibria(StabilityConcept.Nash));
            }

            // The oracle: the same draws, each agreement decided by enumeration.
            var random = new Random(seed);
            var hits = new int[4];
            for (int k = 0; k < draws; k++)
            {
                var draw = ScenarioDraw.Of(scenario, random);
                bool deal = BruteForce.Count(AgreementProblem.From(draw, ["deal"])) > 0;
                for (int e = 0; e < 4; e++)
                {
                    var es = scenario.EndStates[e];
                    bool inConflict = report.PathEnd is { } s && EndStateAnalysis.StatesIn(model, scenario.Conflict!, es.When).Contains(s);
                    hits[e] += inConflict && es.Agreements[0].Agreement == deal ? 1 : 0;
                }
            }

            Assert.Equal(hits, report.EndStates.Select(e => e.Hits));
        }, iter: 80, threads: 1);

        // Guards against testing nothing: most random conflicts have a reachable Nash equilibrium.
        Assert.True(partitions >= 10, $"only {partitions} conflicts reached a path end");
    }
}
