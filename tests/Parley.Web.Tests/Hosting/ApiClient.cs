using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Parley.Web.Tests.Hosting;

/// <summary>An HTTP client logged in as a new account, with helpers for the calls the tests make.</summary>
public sealed class ApiClient(HttpClient http, string email, string password)
{
    public const string Password = "Secret#123";

    public HttpClient Http { get; } = http;

    public string Email { get; } = email;

    public string PasswordUsed { get; } = password;

    public string Token { get; private set; } = string.Empty;

    /// <summary>Registers and logs in a new account on <paramref name="http"/>.</summary>
    public static async Task<ApiClient> NewUser(HttpClient http, string name = "user")
    {
        string email = $"{name}-{Guid.NewGuid():N}@example.org";
        var register = await http.PostAsJsonAsync("/api/auth/register", new { email, password = Password });
        Assert.Equal(System.Net.HttpStatusCode.Created, register.StatusCode);
        var client = new ApiClient(http, email, Password);
        await client.Login();
        return client;
    }

    public async Task Login()
    {
        var login = await Http.PostAsJsonAsync("/api/auth/login", new { email = Email, password = PasswordUsed });
        login.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await login.Content.ReadAsStringAsync());
        Token = doc.RootElement.GetProperty("accessToken").GetString()!;
    }

    public Task<HttpResponseMessage> Send(HttpMethod method, string path, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return Http.SendAsync(request);
    }

    public static StringContent Yaml(string yaml) => new(yaml, Encoding.UTF8, "application/yaml");

    public static JsonContent Json(object value) => JsonContent.Create(value);

    /// <summary>Creates a scenario from <paramref name="yaml"/>; returns its id.</summary>
    public async Task<Guid> Create(string yaml)
    {
        var response = await Send(HttpMethod.Post, "/api/scenarios", Yaml(yaml));
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.GetProperty("id").GetGuid();
    }

    public async Task<JsonDocument> Json(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
