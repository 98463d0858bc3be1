using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Parley.Tests;

namespace Parley.Web.Tests.Hosting;

/// <summary>
/// Nothing acknowledged is lost: the workspace is killed (SIGKILL) in the middle of a burst of saves, restarted on
/// the same data, and every version it had acknowledged must be there with the YAML that was sent.
/// </summary>
public abstract class KillTests(DatabaseKind kind)
{
    /// <summary>Saves acknowledged in the burst before the kill.</summary>
    private const int Burst = 12;

    [DatabaseFact]
    public async Task KilledMidBurstOfSaves_AfterRestart_EveryAcknowledgedVersionIsIntact()
    {
        string data = Path.Combine(Path.GetTempPath(), "parley-kill-tests", Guid.NewGuid().ToString("N"));
        string? database = kind == DatabaseKind.Postgres ? PostgresServer.NewDatabase() : null;
        var acknowledged = new ConcurrentDictionary<(Guid Id, int Version), string>();
        ApiClient owner;
        var ids = new List<Guid>();
        using (var first = await WorkspaceProcess.Start(data, database))
        {
            owner = await ApiClient.NewUser(new HttpClient { BaseAddress = first.Address }, "burst");
            for (int i = 0; i < 4; i++)
            {
                var id = await owner.Create(Examples.CarSale);
                ids.Add(id);
                acknowledged[(id, 1)] = Examples.CarSale;
            }

            using var stopBurst = new CancellationTokenSource();
            var writers = ids.Select(id => Task.Run(async () =>
            {
                for (int n = 0; !stopBurst.IsCancellationRequested; n++)
                {
                    string yaml = Examples.CarSaleTitled($"Burst {id:N} save {n}");
                    try
                    {
                        var response = await owner.Send(HttpMethod.Put, $"/api/scenarios/{id}", ApiClient.Yaml(yaml));
                        if (response.StatusCode == HttpStatusCode.OK)
                        {
                            using var saved = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                            acknowledged[(id, saved.RootElement.GetProperty("version").GetInt32())] = yaml;
                        }
                    }
                    catch (HttpRequestException)
                    {
                        return; // The server is gone: this save was not acknowledged.
                    }
                    catch (IOException)
                    {
                        return;
                    }
                }
            })).ToList();

            // The kill comes once the burst is well under way, counted in acknowledged saves rather than seconds, so a
            // slow machine kills mid-burst too; the writers stop early only if the server stopped answering.
            for (int tries = 0; tries < 600 && acknowledged.Count < ids.Count + Burst && !writers.TrueForAll(w => w.IsCompleted); tries++)
            {
                await Task.Delay(50);
            }

            first.Kill();
            await stopBurst.CancelAsync();
            await Task.WhenAll(writers);
        }

        Assert.True(acknowledged.Count >= ids.Count + Burst, $"Only {acknowledged.Count} saves were acknowledged before the kill; the burst did not run.");
        using var second = await WorkspaceProcess.Start(data, database);
        var reader = new ApiClient(new HttpClient { BaseAddress = second.Address }, owner.Email, owner.PasswordUsed);
        await reader.Login();
        foreach (var ((id, version), yaml) in acknowledged)
        {
            var response = await reader.Send(HttpMethod.Get, $"/api/scenarios/{id}/versions/{version}");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"Version {version} of {id} was acknowledged but is gone after the restart.");
            using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(yaml, doc.RootElement.GetProperty("yaml").GetString());
            Assert.Equal(Parley.Web.Scenarios.ScenarioStore.Hash(yaml), doc.RootElement.GetProperty("sha256").GetString());
        }

        // The versions of each scenario run 1..latest without a gap.
        foreach (var id in ids)
        {
            using var versions = JsonDocument.Parse(await (await reader.Send(HttpMethod.Get, $"/api/scenarios/{id}/versions")).Content.ReadAsStringAsync());
            var numbers = versions.RootElement.EnumerateArray().Select(v => v.GetProperty("version").GetInt32()).Order().ToList();
            Assert.Equal(Enumerable.Range(1, numbers.Count), numbers);
        }
    }
}

/// <summary>The kill test on SQLite (WAL).</summary>
public sealed class SqliteKillTests() : KillTests(DatabaseKind.Sqlite);

/// <summary>The kill test on PostgreSQL.</summary>
public sealed class PostgresKillTests() : KillTests(DatabaseKind.Postgres), IPostgresTests;
