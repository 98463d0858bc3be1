using Parley.Core.Analysis;
using Parley.Formats.Json;
using Parley.Web.Analysis;
using Parley.Web.Data;
using Parley.Web.Scenarios;

namespace Parley.Web.Grains;

/// <summary>
/// Runs one background analysis and keeps its state in grain storage (in memory by default, in the database with
/// PostgreSQL). The analysis is planned here (<see cref="ScenarioAnalysis.Plan"/>), its independent pieces — every
/// variant, then the claims — are fanned out to stateless <see cref="IAnalysisPieceGrain"/> workers, and their answers
/// are assembled into the result <c>parley analyze</c> gives (<see cref="AnalysisWorkers.Result"/>). Progress is counted in pieces finished; cancellation
/// and the time budget reach every piece.
/// </summary>
public sealed class AnalysisJobGrain(
    [PersistentState("job", ParleyOrleans.JobStorage)] IPersistentState<JobState> state,
    IServiceScopeFactory scopes,
    AnalysisWorkers workers,
    TimeProvider time,
    ILogger<AnalysisJobGrain> logger) : Grain, IAnalysisJobGrain
{
    private CancellationTokenSource? stop;
    private bool cancelledByUser;
    private int done;
    private int total;

    public async Task<JobSnapshot> Start(Guid scenarioId, int version, int monteCarloRuns, int budgetSeconds)
    {
        if (state.State.Status != JobStatus.None)
        {
            return Snapshot();
        }

        await using var scope = scopes.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<ScenarioStore>().ReadUnchecked(scenarioId, version, ShareRole.Viewer, CancellationToken.None);
        var scenario = saved is null ? null : ScenarioYaml.Read(saved.Yaml).Value;
        state.State = new JobState
        {
            ScenarioId = scenarioId,
            Version = version,
            Status = JobStatus.Running,
            StartedAt = time.GetUtcNow().UtcDateTime,
            BudgetSeconds = budgetSeconds,
        };
        if (scenario is null)
        {
            state.State.Status = JobStatus.Failed;
            state.State.Message = "This version has errors, so it cannot be analysed; fix the diagnostics and save a new version.";
            state.State.FinishedAt = time.GetUtcNow().UtcDateTime;
            await state.WriteStateAsync();
            return Snapshot();
        }

        await state.WriteStateAsync();
        stop = new CancellationTokenSource(TimeSpan.FromSeconds(budgetSeconds), time);
        this.DelayDeactivation(TimeSpan.FromSeconds(budgetSeconds + 60));
        var options = new AnalysisOptions { MonteCarloRuns = monteCarloRuns };
        var work = new AnalysisWork(this.GetPrimaryKey(), scenario, options, ScenarioAnalysis.Plan(scenario, options));
        total = work.Variants.Length + (scenario.Claims.IsEmpty ? 0 : 1);
        _ = Finish(work, stop.Token);
        return Snapshot();
    }

    public Task<JobSnapshot> Status() => Task.FromResult(Snapshot());

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        stop?.Dispose();
        return base.OnDeactivateAsync(reason, cancellationToken);
    }

    public Task<JobSnapshot> Cancel()
    {
        if (state.State.Status == JobStatus.Running && stop is not null)
        {
            cancelledByUser = true;
            stop.Cancel();
        }

        return Task.FromResult(Snapshot());
    }

    // Runs on the grain's scheduler: the state is only written here and in Start.
    // The job ends as soon as its budget is spent or it is cancelled: the token reaches every piece (Core stops between
    // a variant's lenses and inside its Monte Carlo runs), and an answer that comes later is dropped.
    private async Task Finish(AnalysisWork work, CancellationToken token)
    {
        try
        {
            workers.Begin(work);
            var pieces = GrainFactory.GetGrain<IAnalysisPieceGrain>(0);
            await Task.WhenAll(work.Variants.Select((_, i) => Counted(pieces.Variant(work.Job, i, token)))).WaitAsync(token);
            if (!work.Scenario.Claims.IsEmpty)
            {
                await Counted(pieces.Claims(work.Job, token)).WaitAsync(token);
            }

            var result = workers.Result(work.Job);
            state.State.ResultJson = AnalysisJson.Serialize(result);
            state.State.Status = JobStatus.Completed;
        }
        catch (OperationCanceledException)
        {
            state.State.Status = cancelledByUser ? JobStatus.Cancelled : JobStatus.TimedOut;
            state.State.Message = cancelledByUser
                ? "Cancelled at the user's request."
                : $"Stopped: the analysis did not finish within its budget of {state.State.BudgetSeconds} s. Ask for fewer Monte Carlo runs or a longer budget.";
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            logger.LogWarning(ex, "Analysis job {Job} failed", this.GetPrimaryKey());
            state.State.Status = JobStatus.Failed;
            state.State.Message = ex.Message;
        }
        finally
        {
            workers.Release(work.Job);
        }

        state.State.Done = Volatile.Read(ref done);
        state.State.Total = Volatile.Read(ref total);
        state.State.FinishedAt = time.GetUtcNow().UtcDateTime;
        await state.WriteStateAsync();
    }

    private async Task Counted(Task piece)
    {
        await piece;
        Interlocked.Increment(ref done);
    }

    private JobSnapshot Snapshot()
    {
        var s = state.State;
        bool running = s.Status == JobStatus.Running;
        return new JobSnapshot(
            s.ScenarioId,
            s.Version,
            s.Status,
            running ? Volatile.Read(ref done) : s.Done,
            running ? Volatile.Read(ref total) : s.Total,
            s.Message,
            s.ResultJson,
            s.StartedAt,
            s.FinishedAt);
    }
}
