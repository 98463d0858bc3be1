using System.Collections.Concurrent;
using Parley.Core.Analysis;
using Parley.Core.Threading;

namespace Parley.Web.Analysis;

/// <summary>
/// One per silo: runs the heavy analyses (a background job's pieces, a report, a comparison of versions) on at most
/// all cores but one. Their parallel loops run on these threads too (<see cref="ParallelWork.On{T}"/>), so
/// however many heavy analyses are under way, what-ifs and page requests, which run on the thread pool, find a core
/// free and answer at their usual speed.
/// </summary>
/// <remarks>
/// It also holds each running job: its work, the lens session its pieces share and their answers. A job's pieces are
/// computed by stateless worker grains, which Orleans always activates on the calling silo, so the job's grain and
/// its pieces meet here and no lens result is ever serialised.
/// </remarks>
public sealed class AnalysisWorkers : IDisposable
{
    /// <summary>Jobs kept at most; beyond it the oldest is dropped (its grain then ends it as failed).</summary>
    public const int KeptJobs = 16;

    private readonly ConcurrentExclusiveSchedulerPair pair;
    private readonly ConcurrentDictionary<Guid, AnalysisJobSession> jobs = new();
    private readonly ConcurrentQueue<Guid> begun = new();

    public AnalysisWorkers()
        : this(Math.Max(1, Environment.ProcessorCount - 1))
    {
    }

    public AnalysisWorkers(int threads)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        Threads = threads;
        pair = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, threads);
    }

    /// <summary>Threads the heavy analyses use at most.</summary>
    public int Threads { get; }

    /// <summary>Runs <paramref name="work"/> on the heavy-analysis threads; Core's parallel loops inside it stay on them.</summary>
    public Task<T> Run<T>(Func<T> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var scheduler = pair.ConcurrentScheduler;
        return Task.Factory.StartNew(() => ParallelWork.On(scheduler, work), cancellationToken, TaskCreationOptions.DenyChildAttach, scheduler);
    }

    /// <summary>Holds <paramref name="work"/> for its pieces until <see cref="Release"/>.</summary>
    public void Begin(AnalysisWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (jobs.TryAdd(work.Job, new AnalysisJobSession(work)))
        {
            begun.Enqueue(work.Job);
        }

        while (jobs.Count > KeptJobs && begun.TryDequeue(out var oldest))
        {
            Release(oldest);
        }
    }

    /// <summary>Computes every lens of variant <paramref name="index"/> of the job's plan, in the job's shared lens session.</summary>
    public async Task Variant(Guid job, int index, CancellationToken cancellationToken)
    {
        var session = Job(job);
        if (index < 0 || index >= session.Work.Variants.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The job's plan has {session.Work.Variants.Length} variants.");
        }

        using var _ = cancellationToken.Register(session.Cancel);
        var variant = await Run(() => ScenarioAnalysis.Variant(session.Session, session.Work.Variants[index], session.Work.Options), session.Token);
        session.SetVariant(index, variant);
    }

    /// <summary>Computes the outcomes of the job's claims, reading the lens results its variants left in the shared session.</summary>
    public async Task Claims(Guid job, CancellationToken cancellationToken)
    {
        var session = Job(job);
        using var _ = cancellationToken.Register(session.Cancel);
        var claims = await Run(() => ScenarioAnalysis.Claims(session.Session, session.Work.Options, session.Token), session.Token);
        session.SetClaims(claims);
    }

    /// <summary>The job's analysis assembled from its pieces (<see cref="ScenarioAnalysis.Assemble"/>).</summary>
    /// <exception cref="InvalidOperationException">A piece has not answered, or the job is not held here.</exception>
    public AnalysisResult Result(Guid job) =>
        Job(job).Result() ?? throw new InvalidOperationException("The analysis ended before every piece had answered; start it again.");

    /// <summary>Stops the job's pieces and forgets the job.</summary>
    public void Release(Guid job)
    {
        if (jobs.TryRemove(job, out var session))
        {
            session.Cancel();
            session.Dispose();
        }
    }

    /// <summary>Stops and forgets every job (the server is stopping).</summary>
    public void StopAll()
    {
        foreach (var job in jobs.Keys)
        {
            Release(job);
        }
    }

    /// <inheritdoc />
    public void Dispose() => StopAll();

    private AnalysisJobSession Job(Guid job) =>
        jobs.TryGetValue(job, out var session)
            ? session
            : throw new InvalidOperationException($"The analysis {job} is no longer held on this server (too many analyses ran at once); start it again.");
}
