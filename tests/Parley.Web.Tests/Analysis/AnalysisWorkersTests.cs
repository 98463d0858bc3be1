using Parley.Core.Analysis;
using Parley.Core.Threading;
using Parley.Formats.Json;
using Parley.Web.Analysis;
using Parley.Web.Scenarios;
using Parley.Web.Tests.Hosting;

namespace Parley.Web.Tests.Analysis;

/// <summary>
/// The heavy-analysis threads: an analysis cut into pieces (each variant, then the claims) and assembled gives, byte for
/// byte, the result of one run; and the parallel loops of a heavy analysis stay within the threads it is given.
/// </summary>
public sealed class AnalysisWorkersTests
{
    public static TheoryData<string, int> Scenarios => new()
    {
        { "car-sale", 1 },
        { "labour-dispute", 1 },
        { "labour-dispute", 2 },
    };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Pieces_Assembled_GiveTheResultOfOneRun(string name, int threads)
    {
        var scenario = ScenarioYaml.Read(name == "car-sale" ? Examples.CarSale : Examples.LabourDispute).Value!;
        var options = new AnalysisOptions { MonteCarloRuns = 50 };
        string expected = AnalysisJson.Serialize(ScenarioAnalysis.Run(scenario, options));

        using var workers = new AnalysisWorkers(threads);
        var work = new AnalysisWork(Guid.NewGuid(), scenario, options, ScenarioAnalysis.Plan(scenario, options));
        Assert.True(work.Variants.Length > 1, "the scenario has levers, so the plan has more than one piece");
        workers.Begin(work);

        // Pieces in reverse order: the result must not depend on which piece finished first.
        foreach (int i in Enumerable.Range(0, work.Variants.Length).Reverse())
        {
            Assert.Throws<InvalidOperationException>(() => workers.Result(work.Job));
            await workers.Variant(work.Job, i, CancellationToken.None);
        }

        await workers.Claims(work.Job, CancellationToken.None);
        string assembled = AnalysisJson.Serialize(workers.Result(work.Job));
        workers.Release(work.Job);
        Assert.Equal(expected, assembled);
        await Assert.ThrowsAsync<InvalidOperationException>(() => workers.Variant(work.Job, 0, CancellationToken.None));
    }

    [Fact]
    public async Task Run_CoresParallelLoopsInside_StayWithinTheGivenThreads()
    {
        using var workers = new AnalysisWorkers(1);
        int running = 0, most = 0;
        await workers.Run(
            () =>
            {
                Parallel.For(0, 64, ParallelWork.Options(), _ =>
                {
                    int now = Interlocked.Increment(ref running);
                    InterlockedMax(ref most, now);
                    Thread.Sleep(2);
                    Interlocked.Decrement(ref running);
                });
                return 0;
            },
            CancellationToken.None);
        Assert.Equal(1, most);
    }

    [Fact]
    public async Task Variant_CallerCancels_StopsThePiece()
    {
        var scenario = ScenarioYaml.Read(Examples.Istanbul).Value!;
        var options = new AnalysisOptions { MonteCarloRuns = 100_000 };
        using var workers = new AnalysisWorkers(1);
        var work = new AnalysisWork(Guid.NewGuid(), scenario, options, ScenarioAnalysis.Plan(scenario, options));
        workers.Begin(work);
        using var cancel = new CancellationTokenSource();
        var piece = workers.Variant(work.Job, 0, cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => piece);
        workers.Release(work.Job);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
