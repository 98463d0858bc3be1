using System.Net;
using System.Text.Json;
using Parley.Web.Tests.Hosting;

namespace Parley.Web.Tests.Api;

/// <summary>The HTTP API over a real database: the same suite on SQLite and on PostgreSQL.</summary>
public abstract partial class ApiTests(ParleyFactoryFixture workspace)
{
    protected ParleyFactory Factory => workspace.Factory;

    protected HttpClient NewHttp()
    {
        var http = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        http.Timeout = TimeSpan.FromMinutes(10); // The server's own budgets (ParleyFactory) answer first.
        return http;
    }

    [DatabaseFact]
    public async Task Health_Answers_Ok()
    {
        var response = await NewHttp().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [DatabaseFact]
    public async Task Login_WrongPassword_Answers401ProblemDetails()
    {
        var user = await ApiClient.NewUser(NewHttp());
        var response = await user.Http.PostAsync("/api/auth/login", ApiClient.Json(new { email = user.Email, password = "Wrong#999" }));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [DatabaseFact]
    public async Task Register_WeakPassword_AnswersValidationProblem()
    {
        var response = await NewHttp().PostAsync("/api/auth/register", ApiClient.Json(new { email = "weak@example.org", password = "abc" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("password", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task Create_ValidYaml_Answers201_AndTheYamlReadsBackIntact()
    {
        var user = await ApiClient.NewUser(NewHttp());
        var response = await user.Send(HttpMethod.Post, "/api/scenarios", ApiClient.Yaml(Examples.CarSale));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var created = await user.Json(response);
        var id = created.RootElement.GetProperty("id").GetGuid();
        Assert.Equal(1, created.RootElement.GetProperty("version").GetInt32());
        Assert.Equal($"/api/scenarios/{id}", response.Headers.Location?.OriginalString);

        using var read = await user.Json(await user.Send(HttpMethod.Get, $"/api/scenarios/{id}"));
        Assert.Equal(Examples.CarSale, read.RootElement.GetProperty("yaml").GetString());
        Assert.Equal("owner", read.RootElement.GetProperty("role").GetString());
    }

    [DatabaseFact]
    public async Task Create_BrokenYaml_Answers422_WithDiagnosticsCarryingLineAndColumn()
    {
        var user = await ApiClient.NewUser(NewHttp());
        string broken = Examples.CarSale.Replace("    by: B\n", "    by: Bx\n", StringComparison.Ordinal);
        var response = await user.Send(HttpMethod.Post, "/api/scenarios", ApiClient.Yaml(broken));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = await user.Json(response);
        var diagnostic = problem.RootElement.GetProperty("diagnostics")[0];
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.True(diagnostic.GetProperty("line").GetInt32() > 0);
        Assert.True(diagnostic.GetProperty("column").GetInt32() > 0);
        Assert.Equal("PAR020", diagnostic.GetProperty("code").GetString());
        Assert.Contains("Did you mean 'B'?", diagnostic.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task Create_JsonBody_Answers415()
    {
        var user = await ApiClient.NewUser(NewHttp());
        var response = await user.Send(HttpMethod.Post, "/api/scenarios", ApiClient.Json(new { yaml = "x" }));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [DatabaseFact]
    public async Task Create_BodyOverTheLimit_Answers413()
    {
        var user = await ApiClient.NewUser(NewHttp());
        var response = await user.Send(HttpMethod.Post, "/api/scenarios", ApiClient.Yaml(new string('#', 11 * 1024 * 1024)));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [DatabaseFact]
    public async Task Put_SavesANewVersion_AndEveryVersionIsListedAndReadable()
    {
        var user = await ApiClient.NewUser(NewHttp());
        var id = await user.Create(Examples.CarSale);
        var put = await user.Send(HttpMethod.Put, $"/api/scenarios/{id}", ApiClient.Yaml(Examples.CarSaleTitled("Second")));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        using var saved = await user.Json(put);
        Assert.Equal(2, saved.RootElement.GetProperty("version").GetInt32());

        using var versions = await user.Json(await user.Send(HttpMethod.Get, $"/api/scenarios/{id}/versions"));
        Assert.Equal([2, 1], versions.RootElement.EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal("Second", versions.RootElement[0].GetProperty("title").GetString());

        using var first = await user.Json(await user.Send(HttpMethod.Get, $"/api/scenarios/{id}/versions/1"));
        Assert.Equal(Examples.CarSale, first.RootElement.GetProperty("yaml").GetString());
    }

    [DatabaseFact]
    public async Task Put_BrokenYaml_Answers422_AndSavesNothing()
    {
        var user = await ApiClient.NewUser(NewHttp());
        var id = await user.Create(Examples.CarSale);
        var put = await user.Send(HttpMethod.Put, $"/api/scenarios/{id}", ApiClient.Yaml("id: [oops"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, put.StatusCode);
        using var versions = await user.Json(await user.Send(HttpMethod.Get, $"/api/scenarios/{id}/versions"));
        Assert.Equal(1, versions.RootElement.GetArrayLength());
    }

    [DatabaseFact]
    public async Task Delete_ByOwner_RemovesTheScenario()
    {
        var user = await ApiClient.NewUser(NewHttp());
        var id = await user.Create(Examples.CarSale);
        Assert.Equal(HttpStatusCode.NoContent, (await user.Send(HttpMethod.Delete, $"/api/scenarios/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.Send(HttpMethod.Get, $"/api/scenarios/{id}")).StatusCode);
    }

    [DatabaseFact]
    public async Task Share_AsViewer_CanReadAndWhatIf_ButNotSaveShareOrDelete()
    {
        var owner = await ApiClient.NewUser(NewHttp(), "owner");
        var viewer = await ApiClient.NewUser(NewHttp(), "viewer");
        var id = await owner.Create(Examples.CarSale);
        var share = await owner.Send(HttpMethod.Post, $"/api/scenarios/{id}/shares", ApiClient.Json(new { email = viewer.Email, role = "viewer" }));
        Assert.Equal(HttpStatusCode.NoContent, share.StatusCode);

        using var list = await viewer.Json(await viewer.Send(HttpMethod.Get, "/api/scenarios"));
        var listed = Assert.Single(list.RootElement.EnumerateArray());
        Assert.Equal("viewer", listed.GetProperty("role").GetString());
        Assert.Equal(owner.Email, listed.GetProperty("owner").GetString());

        Assert.Equal(HttpStatusCode.OK, (await viewer.Send(HttpMethod.Get, $"/api/scenarios/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.Send(HttpMethod.Post, $"/api/scenarios/{id}/whatif", ApiClient.Json(new { levers = Array.Empty<string>() }))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.Send(HttpMethod.Put, $"/api/scenarios/{id}", ApiClient.Yaml(Examples.CarSale))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.Send(HttpMethod.Delete, $"/api/scenarios/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.Send(HttpMethod.Post, $"/api/scenarios/{id}/shares", ApiClient.Json(new { email = owner.Email, role = "editor" }))).StatusCode);
    }

    [DatabaseFact]
    public async Task Share_AsEditor_CanSave_ButNotShareOrDelete()
    {
        var owner = await ApiClient.NewUser(NewHttp(), "owner");
        var editor = await ApiClient.NewUser(NewHttp(), "editor");
        var id = await owner.Create(Examples.CarSale);
        await owner.Send(HttpMethod.Post, $"/api/scenarios/{id}/shares", ApiClient.Json(new { email = editor.Email, role = "editor" }));

        var put = await editor.Send(HttpMethod.Put, $"/api/scenarios/{id}", ApiClient.Yaml(Examples.CarSaleTitled("Edited by the editor")));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Send(HttpMethod.Delete, $"/api/scenarios/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Send(HttpMethod.Post, $"/api/scenarios/{id}/shares", ApiClient.Json(new { email = editor.Email, role = "viewer" }))).StatusCode);
        using var versions = await owner.Json(await owner.Send(HttpMethod.Get, $"/api/scenarios/{id}/versions"));
        Assert.Equal(editor.Email, versions.RootElement[0].GetProperty("author").GetString());
    }

    [DatabaseFact]
    public async Task Share_WithUnknownAccountOrRole_Answers422()
    {
        var owner = await ApiClient.NewUser(NewHttp());
        var id = await owner.Create(Examples.CarSale);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await owner.Send(HttpMethod.Post, $"/api/scenarios/{id}/shares", ApiClient.Json(new { email = "nobody@example.org", role = "viewer" }))).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await owner.Send(HttpMethod.Post, $"/api/scenarios/{id}/shares", ApiClient.Json(new { email = owner.Email, role = "admin" }))).StatusCode);
    }
}
