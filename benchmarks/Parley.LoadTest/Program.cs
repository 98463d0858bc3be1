using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

// A bounded load test of the workspace's what-ifs on loopback: N users (each with an account the scenario is
// shared with) post what-ifs for a fixed time; latency percentiles and errors are printed. The workspace must be
// running (see README: `dotnet run -c Release --project src/Parley.Web -- --port 5190 --data DIR`).
//
//   dotnet run -c Release --project benchmarks/Parley.LoadTest -- [--url http://localhost:5190] [--users 50]
//       [--seconds 60] [--mix lever|slider] [--scenario scenarios/istanbul-2025.yaml]
var options = Options.Parse(args);
using var http = new HttpClient { BaseAddress = new Uri(options.Url), Timeout = TimeSpan.FromSeconds(60) };
string yaml = await File.ReadAllTextAsync(options.Scenario);

var owner = await Account.Create(http, "owner");
var created = await owner.Send(HttpMethod.Post, "/api/scenarios", new StringContent(yaml, Encoding.UTF8, "application/yaml"));
created.EnsureSuccessStatusCode();
var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
var choices = await (await owner.Send(HttpMethod.Get, $"/api/scenarios/{id}/whatif")).Content.ReadFromJsonAsync<JsonElement>();
string[] levers = [.. choices.GetProperty("levers").EnumerateArray().Select(l => l.GetProperty("id").GetString()!)];
var figures = choices.GetProperty("figures").EnumerateArray()
    .Select(f => (Name: f.GetProperty("figure").GetString()!, Min: f.GetProperty("min").GetDouble(), Max: f.GetProperty("max").GetDouble()))
    .Where(f => f.Name.StartsWith("walk-away:", StringComparison.Ordinal))
    .ToArray();

var users = new Account[options.Users];
for (int i = 0; i < users.Length; i++)
{
    users[i] = await Account.Create(http, $"user{i}");
    (await owner.Send(HttpMethod.Post, $"/api/scenarios/{id}/shares", JsonContent.Create(new { email = users[i].Email, role = "viewer" }))).EnsureSuccessStatusCode();
}

// The first ask of each one-lever what-if computes it (cold); every later ask of it is served by the version's grain.
var cold = new List<double>();
foreach (var lever in levers)
{
    var sw = Stopwatch.StartNew();
    (await owner.Send(HttpMethod.Post, $"/api/scenarios/{id}/whatif", JsonContent.Create(new { levers = new[] { lever } }))).EnsureSuccessStatusCode();
    cold.Add(sw.Elapsed.TotalMilliseconds);
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"scenario {Path.GetFileName(options.Scenario)}: {levers.Length} levers, {figures.Length} walk-away sliders; cold one-lever what-ifs {string.Join(", ", cold.Select(c => c.ToString("0", CultureInfo.InvariantCulture)))} ms"));
var latencies = new List<double>[users.Length];
var errors = new int[users.Length];
var end = DateTime.UtcNow.AddSeconds(options.Seconds);
var tasks = users.Select((user, u) => Task.Run(async () =>
{
    var random = new Random(u);
    var mine = latencies[u] = [];
    while (DateTime.UtcNow < end)
    {
        object body = options.Mix == "slider"
            ? SliderMove(random)
            : new { levers = new[] { levers[random.Next(levers.Length)] } };
        var sw = Stopwatch.StartNew();
        try
        {
            var response = await user.Send(HttpMethod.Post, $"/api/scenarios/{id}/whatif", JsonContent.Create(body));
            await response.Content.ReadAsByteArrayAsync();
            mine.Add(sw.Elapsed.TotalMilliseconds);
            if (!response.IsSuccessStatusCode)
            {
                errors[u]++;
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            errors[u]++;
        }
    }
})).ToArray();
await Task.WhenAll(tasks);

var all = latencies.SelectMany(l => l).Order().ToArray();
double P(double q) => all.Length == 0 ? double.NaN : all[Math.Min(all.Length - 1, (int)Math.Ceiling(q * all.Length) - 1)];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"mix {options.Mix}: {options.Users} users, {options.Seconds} s: {all.Length} requests ({all.Length / (double)options.Seconds:0} per s), {errors.Sum()} errors; latency ms p50 {P(0.50):0.0}, p90 {P(0.90):0.0}, p95 {P(0.95):0.0}, p99 {P(0.99):0.0}, max {all.LastOrDefault():0.0}"));
return errors.Sum() == 0 ? 0 : 1;

// One slider moved to one of the 51 positions the explore view's slider stops at.
object SliderMove(Random random)
{
    var f = figures[random.Next(figures.Length)];
    double value = f.Min + ((f.Max - f.Min) * random.Next(51) / 50.0);
    return new { overrides = new[] { new { figure = f.Name, value } } };
}

internal sealed record Options(string Url, int Users, int Seconds, string Mix, string Scenario)
{
    public static Options Parse(string[] args)
    {
        string Get(string name, string fallback)
        {
            int i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }

        return new Options(
            Get("--url", "http://localhost:5190"),
            int.Parse(Get("--users", "50"), CultureInfo.InvariantCulture),
            int.Parse(Get("--seconds", "60"), CultureInfo.InvariantCulture),
            Get("--mix", "lever"),
            Get("--scenario", "scenarios/istanbul-2025.yaml"));
    }
}

internal sealed class Account(HttpClient http, string email, string token)
{
    public string Email { get; } = email;

    public static async Task<Account> Create(HttpClient http, string name)
    {
        string email = $"load-{name}-{Guid.NewGuid():N}@example.org";
        const string password = "Load#Test1";
        (await http.PostAsJsonAsync("/api/auth/register", new { email, password })).EnsureSuccessStatusCode();
        var login = await http.PostAsJsonAsync("/api/auth/login", new { email, password });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        return new Account(http, email, token);
    }

    public Task<HttpResponseMessage> Send(HttpMethod method, string path, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http.SendAsync(request);
    }
}
