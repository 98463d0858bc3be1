using Parley.Core.Threading;

namespace Parley.Core.Tests.Threading;

/// <summary>Core's parallel loops run on the thread pool, or on the scheduler a host names for a piece of work, nested loops included.</summary>
public sealed class ParallelWorkTests
{
    [Fact]
    public void Options_FromOrdinaryCode_UseTheThreadPool()
    {
        Assert.Same(TaskScheduler.Default, ParallelWork.Options().TaskScheduler);
    }

    [Fact]
    public async Task Options_InsideATaskOfASingleThreadedScheduler_StillUseTheThreadPool()
    {
        // As inside an Orleans grain turn: a loop on the caller's own single-threaded scheduler would wait on itself.
        var exclusive = new ConcurrentExclusiveSchedulerPair().ExclusiveScheduler;
        var seen = await Task.Factory.StartNew(() => ParallelWork.Options().TaskScheduler, CancellationToken.None, TaskCreationOptions.None, exclusive);
        Assert.Same(TaskScheduler.Default, seen);
    }

    [Fact]
    public async Task On_NestedLoopsEverywhereInside_UseTheNamedScheduler_AndRunWithinItsThreads()
    {
        var pair = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, 1);
        int running = 0, most = 0;
        var schedulers = new System.Collections.Concurrent.ConcurrentBag<TaskScheduler?>();
        int total = await Task.Factory.StartNew(
            () => ParallelWork.On(pair.ConcurrentScheduler, () =>
            {
                int sum = 0;
                Parallel.For(0, 8, ParallelWork.Options(), _ =>
                {
                    schedulers.Add(ParallelWork.Options().TaskScheduler);
                    Parallel.For(0, 8, ParallelWork.Options(), _ =>
                    {
                        int now = Interlocked.Increment(ref running);
                        int seen;
                        while (now > (seen = Volatile.Read(ref most)) && Interlocked.CompareExchange(ref most, now, seen) != seen)
                        {
                        }

                        Thread.Sleep(1);
                        Interlocked.Decrement(ref running);
                        Interlocked.Increment(ref sum);
                    });
                });
                return sum;
            }),
            CancellationToken.None,
            TaskCreationOptions.None,
            pair.ConcurrentScheduler);

        Assert.Equal(64, total);
        Assert.Equal(1, most);
        Assert.All(schedulers, s => Assert.Same(pair.ConcurrentScheduler, s));
        Assert.Same(TaskScheduler.Default, ParallelWork.Options().TaskScheduler);
    }

    [Theory]
    [InlineData(null, -1)]
    [InlineData(-1, -1)]
    [InlineData(0, -1)]
    [InlineData(3, 3)]
    public void Options_MaxDegree_NullOrNotPositive_MeansAsManyAsTheSchedulerAllows(int? asked, int expected)
    {
        Assert.Equal(expected, ParallelWork.Options(asked).MaxDegreeOfParallelism);
    }
}
