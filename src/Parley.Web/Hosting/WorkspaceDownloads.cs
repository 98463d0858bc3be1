using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Parley.Core.Analysis;
using Parley.Formats.Json;
using Parley.Reports;
using Parley.Web.Analysis;
using Parley.Web.Api;
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

    private static async Task<IResult> Report(Guid id, int? version, string? format, ClaimsPrincipal user, ScenarioStore store, Parley.Web.Analysis.AnalysisWorkers workers, CancellationToken cancellationToken)
    {
        if (await store.Read(CurrentUser.Id(user), id, version, cancellationToken) is not { } saved)
        {
            return ApiProblems.NotFound();
        }

        if (ScenarioYaml.Read(saved.Yaml).Value is not { } scenario)
        {
            return ApiProblems.Unprocessable("The version has errors", "This version cannot be analysed; fix its diagnostics and save a new version.");
        }

        var result = await workers.Run(() => LensAdapter.Analyse(scenario, new AnalysisOptions(), null, cancellationToken), cancellationToken);
        string name = $"{scenario.Id}-v{saved.Version}";
        return format == "json"
            ? TypedResults.File(System.Text.Encoding.UTF8.GetBytes(AnalysisJson.Serialize(result)), "application/json", $"{name}-result.json")
            : TypedResults.File(System.Text.Encoding.UTF8.GetBytes(HtmlReport.Render(result)), "text/html", $"{name}-report.html");
    }
}
