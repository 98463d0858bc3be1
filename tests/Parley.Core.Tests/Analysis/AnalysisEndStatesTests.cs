using CsCheck;
using Parley.Core.Analysis;
using Parley.Core.Session;
using Parley.Core.Tests.EndStates;
using Parley.Core.Variants;

namespace Parley.Core.Tests.Analysis;

/// <summary>
/// <c>analyze</c> reports the session's end states for each variant: probabilities that sum to 1 over a
/// partition, and a note (with the shares in none and in several) when the named end states do not partition.
/// </summary>
public sealed class AnalysisEndStatesTests
{
    private static readonly AnalysisOptions Options = new() { MonteCarloRuns = 2, ClaimDraws = 0, Sensitivity = false, EndStateDraws = 25 };

    [Fact]
    public void Analyze_RandomConflicts_EndStatesAreTheSessionsAndSumToOneOverAPartition()
    {
        int partitions = 0, others = 0;
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            if (EndStateAnalysisPropertyTests.Random(seed) is not { } full)
            {
                return;
            }

            // The four end states partition the outcomes whenever the path ends; dropping one leaves draws
            // that end in no named end state.
            bool drop = seed % 2 == 0;
            var scenario = drop ? full.WithEndStates([.. full.EndStates.Take(3)]) : full;
            var session = new LensSession(scenario, Options.LensOptions);
            var result = ScenarioAnalysis.Run(session, Options);
            var summary = result.Variants[0].EndStates!;
            var report = session.EndStates(VariantKey.AsGiven)!;

            Assert.Equal(report.EndStates.Select(e => e.Probability), summary.EndStates.Select(e => e.Probability));
            Assert.Equal(report.EndStates.Select(e => e.Reachable), summary.EndStates.Select(e => e.Reachable));
            Assert.Equal(report.IsPartition, summary.IsPartition);
            Assert.Equal(summary.EndStates.Sum(e => e.Probability), summary.Total, 12);
            if (summary.IsPartition)
            {
                Assert.Equal(1.0, summary.EndStates.Sum(e => e.Probability), 12);
                Assert.Contains("partition the outcomes", summary.Note, StringComparison.Ordinal);
                partitions++;
            }
            else
            {
                Assert.Contains("do not partition", summary.Note, StringComparison.Ordinal);
                Assert.NotEqual(1.0, summary.Total, 9);
                others++;
            }

            // Equilibria per concept agree with the engine's.
            for (int e = 0; e < report.EndStates.Length; e++)
            {
                Assert.Equal(report.EndStates[e].Equilibria.Select(c => c.Contains), summary.EndStates[e].Equilibria.Select(c => c.Contains));
            }
        }, iter: 40, threads: 1);

        Assert.True(partitions >= 3 && others >= 3, $"{partitions} partitions, {others} non-partitions");
    }
}
