namespace Parley.Core.Threading;

/// <summary>
/// The options of every parallel loop in Core. The loops run on the thread pool unless a host asks, with
/// <see cref="On{T}"/>, for a scheduler of its own: the workspace keeps a core free for what-ifs that way, and every
/// loop of an analysis it runs, however deeply nested, stays on that scheduler.
/// </summary>
/// <remarks>
/// The scheduler is named explicitly (it flows with the execution context into the loops' bodies) rather than taken
/// from <see cref="TaskScheduler.Current"/>: code that runs inside an Orleans grain turn has the grain's single-threaded
/// scheduler as its current one, and a loop started there would wait on itself.
/// </remarks>
public static class ParallelWork
{
    private static readonly AsyncLocal<TaskScheduler?> Scheduler = new();

    /// <summary>Runs <paramref name="work"/> with every Core loop inside it on <paramref name="scheduler"/>.</summary>
    public static T On<T>(TaskScheduler scheduler, Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(work);
        var previous = Scheduler.Value;
        Scheduler.Value = scheduler;
        try
        {
            return work();
        }
        finally
        {
            Scheduler.Value = previous;
        }
    }

    /// <summary>Options for a loop: at most <paramref name="maxDegreeOfParallelism"/> workers (null or not positive: as many as the scheduler allows).</summary>
    public static ParallelOptions Options(int? maxDegreeOfParallelism = null, CancellationToken cancellationToken = default) => new()
    {
        MaxDegreeOfParallelism = maxDegreeOfParallelism is > 0 ? maxDegreeOfParallelism.Value : -1,
        CancellationToken = cancellationToken,
        TaskScheduler = Scheduler.Value ?? TaskScheduler.Default,
    };
}
