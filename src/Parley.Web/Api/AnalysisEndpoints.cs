using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Parley.Core.Analysis;
using Parley.Formats.Json;
using Parley.Reports;
using Parley.Web.Analysis;
using Parley.Web.Data;
using Parley.Web.Grains;
using Parley.Web.Scenarios;

namespace Parley.Web.Api;

/// <summary>Background analyses (Orleans grains with progress, cancellation and a time budget) and a version's report.</summary>
public static class AnalysisEndpoints
{
    /// <summary>The largest time budget a background analysis may ask for, in seconds.</summary>
    public const int MaxBudgetSeconds = 600;

    public static void MapAnalysisEndpoints(this RouteGroupBuilder scenarios, IEndpointRouteBuilder app)
    {
        scenarios.MapPost("/{id:guid}/analyses", Start).WithSummary("Start a background analysis of a version (every lens, every lever, the claims).");
        scenarios.MapGet("/{id:guid}/report", Report).WithRequestTimeout(ParleyApi.ReportTimeout).WithSummary("The HTML report of a version (or ?format=json for result.json).");
        var jobs = app.MapGroup("/api/jobs").WithTags("Analyses").RequireAuthorization(ParleyApi.BearerPolicy);
        jobs.MapGet("/{id:guid}", Status).WithSummary("A background analysis: progress, and its result when done.");
        jobs.MapDelete("/{id:guid}", Cancel).WithSummary("Cancel a background analysis.");
    }

    private static async Task<Results<Accepted<JobResponse>, ProblemHttpResult>> Start(Guid id, AnalysisRequest? body, ClaimsPrincipal user, ScenarioStore store, IGrainFactory grains, CancellationToken cancellationToken)
    {
        if (await store.RoleOf(CurrentUser.Id(user), id, cancellationToken) is null)
        {
            return ApiProblems.NotFound();
        }

        int latest = await store.LatestVersion(id, cancellationToken) ?? 0;
        int version = body?.Version ?? latest;
        if (version < 1 || version > latest)
        {
            return ApiProblems.NotFound("version");
        }

        int runs = body?.MonteCarloRuns ?? new AnalysisOptions().MonteCarloRuns;
        int budget = body?.BudgetSeconds ?? 120;
        if (runs is < 1 or > 100_000 || budget is < 1 or > MaxBudgetSeconds)
        {
            return ApiProblems.Unprocessable("Options out of range", $"`monteCarloRuns` must lie from 1 to 100000 and `budgetSeconds` from 1 to {MaxBudgetSeconds}.");
        }

        var jobId = Guid.NewGuid();
        var snapshot = await grains.GetGrain<IAnalysisJobGrain>(jobId).Start(id, version, runs, budget);
        return TypedResults.Accepted($"/api/jobs/{jobId}", ToResponse(jobId, snapshot));
    }

    private static async Task<Results<Ok<JobResponse>, ProblemHttpResult>> Status(Guid id, ClaimsPrincipal user, ScenarioStore store, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var snapshot = await grains.GetGrain<IAnalysisJobGrain>(id).Status();
        if (snapshot.Status == JobStatus.None || await store.RoleOf(CurrentUser.Id(user), snapshot.ScenarioId, cancellationToken) is null)
        {
            return ApiProblems.NotFound("analysis");
        }

        return TypedResults.Ok(ToResponse(id, snapshot));
    }

    private static async Task<Results<Ok<JobResponse>, ProblemHttpResult>> Cancel(Guid id, ClaimsPrincipal user, ScenarioStore store, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var grain = grains.GetGrain<IAnalysisJobGrain>(id);
        var snapshot = await grain.Status();
        if (snapshot.Status == JobStatus.None || await store.RoleOf(CurrentUser.Id(user), snapshot.ScenarioId, cancellationToken) is null)
        {
            return ApiProblems.NotFound("analysis");
        }

        return TypedResults.Ok(ToResponse(id, await grain.Cancel()));
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> Report(Guid id, int? version, string? format, ClaimsPrincipal user, ScenarioStore store, AnalysisWorkers workers, CancellationToken cancellationToken)
    {
        var (report, problem) = await VersionReport.Render(id, version, format, user, store, workers, cancellationToken);
        return problem is not null ? problem : TypedResults.Content(report!.Content, report.ContentType);
    }

    private static JobResponse ToResponse(Guid id, JobSnapshot s) =>
        new(id, s.ScenarioId, s.Version, s.Status, s.Done, s.Total, s.Message, s.StartedAt, s.FinishedAt,
            s.ResultJson is null ? null : JsonDocument.Parse(s.ResultJson).RootElement.Clone());
}
