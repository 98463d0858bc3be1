using Parley.Core.Analysis;
using Parley.Formats.Json;
using Parley.Web.Analysis;
using Parley.Web.Data;
using Parley.Web.Scenarios;

namespace Parley.Web.Grains;

/// <summary>
/// Runs one background analysis on the thread pool and keeps its state in grain storage (in memory by default,
/// in the database with PostgreSQL). Progress is counted in variants finished; cancellation and the time
/// budget stop the analysis between variants.
/// </summary>
public sealed class AnalysisJobGrain(
    [PersistentState("job", ParleyOrleans.JobStorage)] IPersistentState<JobState> state,
    IServiceScopeFactory scopes,
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
        var token = stop.Token;
        var progress = new Progress(this);
        var work = Task.Run(() => LensAdapter.Analyse(scenario, options, progress, token), token);
        _ = Finish(work, token);
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
    // Core stops between variants; the job ends as soon as its budget is spent or it is cancelled, and a result
    // that comes later is dropped.
    private async Task Finish(Task<AnalysisResult> work, CancellationToken token)
    {
        try
        {
            var result = await work.WaitAsync(token);
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

        state.State.Done = Volatile.Read(ref done);
        state.State.Total = Volatile.Read(ref total);
        state.State.FinishedAt = time.GetUtcNow().UtcDateTime;
        await state.WriteStateAsync();
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

    private sealed class Progress(AnalysisJobGrain grain) : IProgress<AnalysisProgress>
    {
        public void Report(AnalysisProgress value)
        {
            Volatile.Write(ref grain.total, value.Total);
            Volatile.Write(ref grain.done, value.Done);
        }
    }
}
