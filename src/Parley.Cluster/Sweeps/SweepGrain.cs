using Parley.Cluster.Hosting;

namespace Parley.Cluster.Sweeps;

/// <summary>Stores a sweep's definition in grain storage.</summary>
public sealed class SweepGrain([PersistentState("sweep", ParleySilo.JobStorage)] IPersistentState<SweepJobState> state, TimeProvider time) : Grain, ISweepGrain
{
    /// <inheritdoc />
    public async Task<bool> Define(SweepJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (state.State.Job is { } stored)
        {
            return stored.SpecFile == job.SpecFile && stored.Spec == job.Spec
                && stored.Scenarios.Count == job.Scenarios.Count
                && stored.Scenarios.All(s => job.Scenarios.TryGetValue(s.Key, out var text) && text == s.Value);
        }

        state.State.Job = job;
        state.State.CreatedAt = time.GetUtcNow().UtcDateTime;
        await state.WriteStateAsync();
        return true;
    }

    /// <inheritdoc />
    public Task<SweepJob?> Job() => Task.FromResult(state.State.Job);
}
