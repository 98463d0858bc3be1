using System.Net;
using System.Text.Json;
using Parley.Web.Tests.Hosting;

namespace Parley.Web.Tests.Api;

/// <summary>Background analyses: grains with progress, cancellation and a time budget.</summary>
public abstract partial class ApiTests
{
    [DatabaseFact]
    public async Task Analysis_Runs_InTheBackground_AndEndsWithResultJson()
    {
        var user = await ApiClient.NewUser(NewHttp());
        var id = await user.Create(Examples.CarSale);
        var start = await user.Send(HttpMethod.Post, $"/api/scenarios/{id}/analyses", ApiClient.Json(new { monteCarloRuns = 50 }));
        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        using var started = await user.Json(start);
        var jobId = started.RootElement.GetProperty("id").GetGuid();
        Assert.Equal($"/api/jobs/{jobId}", start.Headers.Location?.OriginalString);

        var done = await WaitForEnd(user, jobId);
        Assert.Equal("completed", done.GetProperty("status").GetString());
        Assert.Equal(done.GetProperty("total").GetInt32(), done.GetProperty("done").GetInt32());
        Assert.Equal("car-sale", done.GetProperty("result").GetProperty("scenarioId").GetString());
    }

    [DatabaseFact]
    public async Task Analysis_FannedOutToPieceWorkers_GivesTheResultOfParleyAnalyze()
    {
        var user = await ApiClient.NewUser(NewHttp());
        var id = await user.Create(Examples.LabourDispute);
        using var started = await user.Json(await user.Send(HttpMethod.Post, $"/api/scenarios/{id}/analyses", ApiClient.Json(new { monteCarloRuns = 50, budgetSeconds = 600 })));
        var done = await WaitForEnd(user, started.RootElement.GetProperty("id").GetGuid());
        Assert.Equal("completed", done.GetProperty("status").GetString());

        var scenario = Parley.Web.Scenarios.ScenarioYaml.Read(Examples.LabourDispute).Value!;
        var options = new Parley.Core.Analysis.AnalysisOptions { MonteCarloRuns = 50 };
        var expected = System.Text.Json.Nodes.JsonNode.Parse(Parley.Formats.Json.AnalysisJson.Serialize(Parley.Core.Analysis.ScenarioAnalysis.Run(scenario, options)));
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(expected, System.Text.Json.Nodes.JsonNode.Parse(done.GetProperty("result").GetRawText())), "the job's result differs from one run of the analysis");

        // One piece per variant (as given and each lever) and one for the claims.
        Assert.Equal(scenario.Levers.Length + 2, done.GetProperty("total").GetInt32());
        Assert.Equal(done.GetProperty("total").GetInt32(), done.GetProperty("done").GetInt32());
    }

    [DatabaseFact]
    public async Task Analysis_Cancelled_EndsAsCancelled()
    {
        var user = await ApiClient.NewUser(NewHttp());
        var id = await user.Create(Examples.Istanbul);
        using var started = await user.Json(await user.Send(HttpMethod.Post, $"/api/scenarios/{id}/analyses", ApiClient.Json(new { monteCarloRuns = 100000, budgetSeconds = 300 })));
        var jobId = started.RootElement.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await user.Send(HttpMethod.Delete, $"/api/jobs/{jobId}")).StatusCode);
        var done = await WaitForEnd(user, jobId);
        Assert.Equal("cancelled", done.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, done.GetProperty("result").ValueKind);
    }

    [DatabaseFact]
    public async Task Analysis_OverItsBudget_EndsAsTimedOut()
    {
        var user = await ApiClient.NewUser(NewHttp());
        var id = await user.Create(Examples.Istanbul);
        using var started = await user.Json(await user.Send(HttpMethod.Post, $"/api/scenarios/{id}/analyses", ApiClient.Json(new { monteCarloRuns = 100000, budgetSeconds = 1 })));
        var done = await WaitForEnd(user, started.RootElement.GetProperty("id").GetGuid());
        Assert.Equal("timed-out", done.GetProperty("status").GetString());
        Assert.Contains("budget", done.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task Analysis_OptionsOutOfRange_Answers422()
    {
        var user = await ApiClient.NewUser(NewHttp());
        var id = await user.Create(Examples.CarSale);
        var response = await user.Send(HttpMethod.Post, $"/api/scenarios/{id}/analyses", ApiClient.Json(new { budgetSeconds = 100000 }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    private static async Task<JsonElement> WaitForEnd(ApiClient user, Guid jobId)
    {
        // Longer than any job's budget (at most 600 s): the job ends first, by itself.
        var deadline = DateTime.UtcNow.AddMinutes(11);
        while (true)
        {
            using var job = await user.Json(await user.Send(HttpMethod.Get, $"/api/jobs/{jobId}"));
            string status = job.RootElement.GetProperty("status").GetString()!;
            if (status != "running" || DateTime.UtcNow > deadline)
            {
                return job.RootElement.Clone();
            }

            await Task.Delay(200);
        }
    }
}
