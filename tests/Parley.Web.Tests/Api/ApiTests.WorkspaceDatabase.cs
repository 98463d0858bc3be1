using System.Net;
using Parley.Cluster.Hosting;
using Parley.Web.Tests.Hosting;

namespace Parley.Web.Tests.Api;

/// <summary>A sweep names workspace scenarios by id: read straight from the workspace's own database, on SQLite and PostgreSQL.</summary>
public abstract partial class ApiTests
{
    [DatabaseFact]
    public async Task WorkspaceDatabase_FindsAScenarioById_ItsLatestVersionAndEachVersion()
    {
        var user = await ApiClient.NewUser(NewHttp());
        var id = await user.Create(Examples.CarSale);
        string second = Examples.CarSaleTitled("Second version");
        Assert.Equal(HttpStatusCode.OK, (await user.Send(HttpMethod.Put, $"/api/scenarios/{id}", ApiClient.Yaml(second))).StatusCode);

        var workspace = new WorkspaceDatabase(Factory.DatabaseLocation);
        Assert.Equal(Factory.Kind == DatabaseKind.Postgres, workspace.IsPostgres);

        var latest = workspace.Find(id, null).Scenario;
        Assert.NotNull(latest);
        Assert.Equal((2, second, "Second version"), (latest.Version, latest.Yaml, latest.Title));
        Assert.Equal(Examples.CarSale, workspace.Find(id, 1).Scenario?.Yaml);

        var missing = workspace.Find(id, 3);
        Assert.Null(missing.Scenario);
        Assert.Contains("no version 3", missing.Problem, StringComparison.Ordinal);
        Assert.Contains("no scenario with this id", workspace.Find(Guid.NewGuid(), null).Problem, StringComparison.Ordinal);
    }
}
