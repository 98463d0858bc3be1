using Orleans.Concurrency;

namespace Parley.Web.Grains;

/// <summary>
/// A background analysis of one scenario version (key: the job id): the full analysis as <c>parley analyze</c>
/// runs it, with progress, cancellation and a time budget. Callers check access to the scenario first.
/// </summary>
public interface IAnalysisJobGrain : IGrainWithGuidKey
{
    /// <summary>Starts the analysis; a job starts once.</summary>
    Task<JobSnapshot> Start(Guid scenarioId, int version, int monteCarloRuns, int budgetSeconds);

    /// <summary>Where the job stands; <see cref="JobStatus.None"/> for a job never started.</summary>
    [AlwaysInterleave]
    Task<JobSnapshot> Status();

    /// <summary>Asks a running job to stop; it ends as cancelled.</summary>
    [AlwaysInterleave]
    Task<JobSnapshot> Cancel();
}
