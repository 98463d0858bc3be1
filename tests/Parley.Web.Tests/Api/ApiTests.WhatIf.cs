using System.Net;
using System.Text.Json;
using Parley.Web.Tests.Hosting;

namespace Parley.Web.Tests.Api;

/// <summary>What-ifs: synchronous verdicts of every lens, answered by the version's grain and cached there.</summary>
public abstract partial class ApiTests
{
    [DatabaseFact]
    public async Task WhatIf_Istanbul_OneLever_AnswersEveryLens_AndTheSecondAskHitsTheCache()
    {
        var user = await ApiClient.NewUser(NewHttp());
        var id = await user.Create(Examples.Istanbul);
        var first = await user.Send(HttpMethod.Post, $"/api/scenarios/{id}/whatif", ApiClient.Json(new { levers = new[] { "us-halts-aid" } }));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using var a = await user.Json(first);
        Assert.False(a.RootElement.GetProperty("cached").GetBoolean());
        var answer = a.RootElement.GetProperty("answer");
        Assert.Equal(["us-halts-aid"], answer.GetProperty("levers").EnumerateArray().Select(l => l.GetString()));
        Assert.True(answer.GetProperty("agreement").GetArrayLength() > 0);
        Assert.NotEqual(JsonValueKind.Null, answer.GetProperty("stability").ValueKind);
        Assert.True(answer.GetProperty("forecasts").GetArrayLength() > 0);

        using var b = await user.Json(await user.Send(HttpMethod.Post, $"/api/scenarios/{id}/whatif", ApiClient.Json(new { levers = new[] { "us-halts-aid" } })));
        Assert.True(b.RootElement.GetProperty("cached").GetBoolean());
        Assert.Equal(answer.GetRawText(), b.RootElement.GetProperty("answer").GetRawText());
    }

    [DatabaseFact]
    public async Task WhatIf_WalkAwayRaised_ChangesTheAcceptablePackages()
    {
        var user = await ApiClient.NewUser(NewHttp());
        var id = await user.Create(Examples.CarSale);
        using var choices = await user.Json(await user.Send(HttpMethod.Get, $"/api/scenarios/{id}/whatif"));
        var figure = choices.RootElement.GetProperty("figures").EnumerateArray().First(f => f.GetProperty("figure").GetString()!.StartsWith("walk-away:", StringComparison.Ordinal));
        string name = figure.GetProperty("figure").GetString()!;
        double max = figure.GetProperty("max").GetDouble();

        using var asGiven = await user.Json(await user.Send(HttpMethod.Post, $"/api/scenarios/{id}/whatif", ApiClient.Json(new { })));
        using var raised = await user.Json(await user.Send(HttpMethod.Post, $"/api/scenarios/{id}/whatif", ApiClient.Json(new { overrides = new[] { new { figure = name, value = max } } })));
        string Acceptable(JsonDocument d) => d.RootElement.GetProperty("answer").GetProperty("agreement")[0].GetProperty("acceptable").GetString()!;
        Assert.NotEqual(Acceptable(asGiven), Acceptable(raised));
    }

    [DatabaseFact]
    public async Task WhatIf_UnknownLeverOrFigureOrRange_Answers422WithASentence()
    {
        var user = await ApiClient.NewUser(NewHttp());
        var id = await user.Create(Examples.CarSale);
        var lever = await user.Send(HttpMethod.Post, $"/api/scenarios/{id}/whatif", ApiClient.Json(new { levers = new[] { "no-such-lever" } }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, lever.StatusCode);
        Assert.Contains("no lever 'no-such-lever'", await lever.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var figure = await user.Send(HttpMethod.Post, $"/api/scenarios/{id}/whatif", ApiClient.Json(new { overrides = new[] { new { figure = "walk-away:nobody", value = 0.5 } } }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, figure.StatusCode);
        var range = await user.Send(HttpMethod.Post, $"/api/scenarios/{id}/whatif", ApiClient.Json(new { overrides = new[] { new { figure = "walk-away:B", value = 7.0 } } }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, range.StatusCode);
        Assert.Contains("stated range", await range.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Every problem is in `problems` with its code, not only in the detail sentence.
        using var both = System.Text.Json.JsonDocument.Parse(await (await user.Send(HttpMethod.Post, $"/api/scenarios/{id}/whatif", ApiClient.Json(new { levers = new[] { "no-such-lever" }, overrides = new[] { new { figure = "walk-away:nobody", value = 0.5 } } }))).Content.ReadAsStringAsync());
        Assert.Equal(["PAR200", "unknown-figure"], both.RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("code").GetString()));
    }

    [DatabaseFact]
    public async Task WhatIf_AtADate_OnTheHorizon_Answers_AndOffTheHorizon_Answers422()
    {
        var user = await ApiClient.NewUser(NewHttp());
        var id = await user.Create(Examples.Istanbul);
        using var choices = await user.Json(await user.Send(HttpMethod.Get, $"/api/scenarios/{id}/whatif"));
        double horizon = choices.RootElement.GetProperty("horizon").GetDouble();
        var on = await user.Send(HttpMethod.Post, $"/api/scenarios/{id}/whatif", ApiClient.Json(new { at = horizon / 2 }));
        Assert.Equal(HttpStatusCode.OK, on.StatusCode);
        var off = await user.Send(HttpMethod.Post, $"/api/scenarios/{id}/whatif", ApiClient.Json(new { at = horizon + 1 }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, off.StatusCode);
    }
}
