using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Parley.Core.Analysis;
using Parley.Formats.Json;
using Parley.Reports;
using Parley.Web.Api;
using Parley.Web.Scenarios;

namespace Parley.Web.Analysis;

/// <summary>
/// The report of a saved version, as the API (<c>/api/scenarios/{id}/report</c>) and the UI's download
/// (<c>/workspace/scenarios/{id}/report</c>) serve it: one analysis, rendered as HTML or as <c>result.json</c>.
/// </summary>
public static class VersionReport
{
    /// <summary>The report, or the problem that keeps the version from being reported (not found, or invalid).</summary>
    public static async Task<(RenderedReport? Report, ProblemHttpResult? Problem)> Render(
        Guid id, int? version, string? format, ClaimsPrincipal user, ScenarioStore store, AnalysisWorkers workers, CancellationToken cancellationToken)
    {
        if (await store.Read(CurrentUser.Id(user), id, version, cancellationToken) is not { } saved)
        {
            return (null, ApiProblems.NotFound());
        }

        if (ScenarioYaml.Read(saved.Yaml).Value is not { } scenario)
        {
            return (null, ApiProblems.Unprocessable("The version has errors", "This version cannot be analysed; fix its diagnostics and save a new version."));
        }

        var result = await workers.Run(() => LensAdapter.Analyse(scenario, new AnalysisOptions(), null, cancellationToken), cancellationToken);
        string name = $"{scenario.Id}-v{saved.Version}";
        return format == "json"
            ? (new RenderedReport(AnalysisJson.Serialize(result), "application/json", $"{name}-result.json"), null)
            : (new RenderedReport(HtmlReport.Render(result), "text/html; charset=utf-8", $"{name}-report.html"), null);
    }
}
