using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Parley.Web.Analysis;
using Parley.Web.Scenarios;

namespace Parley.Web.Hosting;

/// <summary>The UI's downloads (signed in with the cookie, or a bearer token): a version's HTML report and its <c>result.json</c>.</summary>
public static class WorkspaceDownloads
{
    public static void MapWorkspaceDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/workspace/scenarios/{id:guid}/report", Report)
            .RequireAuthorization(p => p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme, IdentityConstants.BearerScheme).RequireAuthenticatedUser())
            .WithRequestTimeout(ParleyApi.ReportTimeout)
            .ExcludeFromDescription();
    }

    private static async Task<IResult> Report(Guid id, int? version, string? format, ClaimsPrincipal user, ScenarioStore store, AnalysisWorkers workers, CancellationToken cancellationToken)
    {
        var (report, problem) = await VersionReport.Render(id, version, format, user, store, workers, cancellationToken);
        return problem is not null ? problem : TypedResults.File(System.Text.Encoding.UTF8.GetBytes(report!.Content), report.ContentType, report.FileName);
    }
}
