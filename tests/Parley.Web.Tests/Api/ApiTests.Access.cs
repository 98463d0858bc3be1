using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Parley.Web.Tests.Hosting;

namespace Parley.Web.Tests.Api;

/// <summary>Nobody reads or changes a scenario they were not given: every endpoint, found by reflection over the routes, tried as a stranger.</summary>
public abstract partial class ApiTests
{
    [DatabaseFact]
    public async Task EveryScenarioAndJobEndpoint_AsAStranger_AnswersNotFound_AndChangesNothing()
    {
        var owner = await ApiClient.NewUser(NewHttp(), "owner");
        var stranger = await ApiClient.NewUser(NewHttp(), "stranger");
        var id = await owner.Create(Examples.CarSale);
        using var job = await owner.Json(await owner.Send(HttpMethod.Post, $"/api/scenarios/{id}/analyses", ApiClient.Json(new { monteCarloRuns = 10 })));
        var jobId = job.RootElement.GetProperty("id").GetGuid();

        var tried = new List<string>();
        foreach (var (method, pattern) in ProtectedEndpoints())
        {
            string url = pattern.Replace("{id:guid}", pattern.StartsWith("/api/jobs", StringComparison.Ordinal) ? jobId.ToString() : id.ToString(), StringComparison.Ordinal)
                .Replace("{version:int}", "1", StringComparison.Ordinal);
            var response = await stranger.Send(new HttpMethod(method), url, Body(method));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{method} {url} as a stranger answered {(int)response.StatusCode}, not 404.");
            tried.Add($"{method} {pattern}");
        }

        // The stranger's attempts changed nothing and the list shows them nothing.
        Assert.True(tried.Count >= 12, $"Only {tried.Count} endpoints were found: {string.Join(", ", tried)}");
        using var versions = await owner.Json(await owner.Send(HttpMethod.Get, $"/api/scenarios/{id}/versions"));
        Assert.Equal(1, versions.RootElement.GetArrayLength());
        using var list = await stranger.Json(await stranger.Send(HttpMethod.Get, "/api/scenarios"));
        Assert.Equal(0, list.RootElement.GetArrayLength());
    }

    [DatabaseFact]
    public async Task EveryEndpoint_WithoutAValidToken_Answers401_OrSendsTheBrowserToLogin()
    {
        var http = NewHttp();
        var owner = await ApiClient.NewUser(http, "owner");
        var id = await owner.Create(Examples.CarSale);
        var anonymous = NewHttp();
        int count = 0;
        foreach (var (method, pattern) in ProtectedEndpoints().Append(("GET", "/api/scenarios")).Append(("POST", "/api/scenarios")))
        {
            string url = pattern.Replace("{id:guid}", id.ToString(), StringComparison.Ordinal).Replace("{version:int}", "1", StringComparison.Ordinal);
            var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = pattern == "/api/scenarios" ? ApiClient.Yaml(Examples.CarSale) : Body(method) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");
            var response = await anonymous.SendAsync(request);
            if (pattern.StartsWith("/api/", StringComparison.Ordinal))
            {
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {url} without a valid token answered {(int)response.StatusCode}, not 401.");
            }
            else
            {
                // The UI's downloads take the cookie or a token: signed out, they answer 401 or send the browser to the login page.
                bool toLogin = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/login", StringComparison.Ordinal) == true;
                Assert.True(toLogin || response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {url} signed out answered {(int)response.StatusCode}, neither 401 nor a redirect to /login.");
            }

            count++;
        }

        Assert.True(count >= 14);
    }

    private IEnumerable<(string Method, string Pattern)> ProtectedEndpoints()
    {
        var sources = Factory.Services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        foreach (var endpoint in sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            string pattern = "/" + (endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/');
            if (!pattern.Contains("{id:guid}", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var method in endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? [])
            {
                yield return (method, pattern);
            }
        }
    }

    private static HttpContent? Body(string method) => method switch
    {
        "PUT" => ApiClient.Yaml(Examples.CarSale),
        "POST" => ApiClient.Json(new { email = "x@example.org", role = "viewer", levers = Array.Empty<string>() }),
        _ => null,
    };
}
