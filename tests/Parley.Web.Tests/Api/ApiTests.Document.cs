using System.Net;
using System.Text.Json;
using Parley.Web.Tests.Hosting;

namespace Parley.Web.Tests.Api;

/// <summary>The OpenAPI document, the Scalar page, and what the logs hold.</summary>
public abstract partial class ApiTests
{
    [DatabaseFact]
    public async Task OpenApiDocument_Validates_AndListsEveryOperationOfTheIssue()
    {
        var http = NewHttp();
        var response = await http.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var read = await Microsoft.OpenApi.OpenApiDocument.LoadAsync(stream, "json");
        Assert.Empty(read.Diagnostic?.Errors ?? []);
        var paths = read.Document!.Paths;
        string[] expected =
        [
            "/health", "/api/auth/register", "/api/auth/login", "/api/scenarios", "/api/scenarios/{id}",
            "/api/scenarios/{id}/versions", "/api/scenarios/{id}/shares", "/api/scenarios/{id}/whatif",
            "/api/scenarios/{id}/analyses", "/api/jobs/{id}",
        ];
        foreach (var path in expected)
        {
            Assert.True(paths.ContainsKey(path), $"The OpenAPI document has no {path}.");
        }
    }

    [DatabaseFact]
    public async Task ScalarReference_IsServed()
    {
        var response = await NewHttp().GetAsync("/scalar/v1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string page = await response.Content.ReadAsStringAsync();
        Assert.Contains("scalar", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("cdn.jsdelivr.net", page, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task Logs_HoldNoPasswordNorToken()
    {
        var user = await ApiClient.NewUser(NewHttp(), "secretive");
        var id = await user.Create(Examples.CarSale);
        await user.Send(HttpMethod.Post, $"/api/scenarios/{id}/whatif", ApiClient.Json(new { }));
        await user.Http.PostAsync("/api/auth/login", ApiClient.Json(new { email = user.Email, password = "Wrong#Secret-42" }));
        string logs = string.Join('\n', Factory.Logs.Lines);
        Assert.NotEmpty(Factory.Logs.Lines);
        Assert.DoesNotContain(ApiClient.Password, logs, StringComparison.Ordinal);
        Assert.DoesNotContain("Wrong#Secret-42", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(user.Token, logs, StringComparison.Ordinal);
    }
}
