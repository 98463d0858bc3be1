using System.Net;
using System.Text.Json;
using Parley.Web.Tests.Hosting;

namespace Parley.Web.Tests.Api;

/// <summary>A version's report: the API's and the UI's download are one rendering, HTML or <c>result.json</c>.</summary>
public abstract partial class ApiTests
{
    [DatabaseFact]
    public async Task Report_OfAVersion_IsTheSameFromTheApiAndTheDownload()
    {
        var user = await ApiClient.NewUser(NewHttp());
        var id = await user.Create(Examples.CarSale);

        var html = await user.Send(HttpMethod.Get, $"/api/scenarios/{id}/report");
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html", await html.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

        var json = await user.Send(HttpMethod.Get, $"/api/scenarios/{id}/report?format=json");
        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
        string apiJson = await json.Content.ReadAsStringAsync();
        using (var doc = JsonDocument.Parse(apiJson))
        {
            Assert.Equal("car-sale", doc.RootElement.GetProperty("scenarioId").GetString());
        }

        var download = await user.Send(HttpMethod.Get, $"/workspace/scenarios/{id}/report?format=json&version=1");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("car-sale-v1-result.json", download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(apiJson, await download.Content.ReadAsStringAsync());

        var page = await user.Send(HttpMethod.Get, $"/workspace/scenarios/{id}/report");
        Assert.Equal("car-sale-v1-report.html", page.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    [DatabaseFact]
    public async Task Report_OfAnUnknownScenarioOrVersion_IsNotFound()
    {
        var user = await ApiClient.NewUser(NewHttp());
        var id = await user.Create(Examples.CarSale);

        Assert.Equal(HttpStatusCode.NotFound, (await user.Send(HttpMethod.Get, $"/api/scenarios/{Guid.NewGuid()}/report")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.Send(HttpMethod.Get, $"/api/scenarios/{id}/report?version=9")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.Send(HttpMethod.Get, $"/workspace/scenarios/{Guid.NewGuid()}/report")).StatusCode);
    }
}
