using System.Net;
using System.Text.Json;
using Parley.Web.Tests.Hosting;

namespace Parley.Web.Tests.Api;

/// <summary>Comparing two versions: the YAML diff and the diff of every answer.</summary>
public abstract partial class ApiTests
{
    [DatabaseFact]
    public async Task Compare_AWalkAwayRaisedPastEveryDeal_ShowsTheLineAndTheVerdictAndClaimThatChanged()
    {
        var user = await ApiClient.NewUser(NewHttp());
        var id = await user.Create(Examples.CarSale);
        string raised = Examples.CarSale.Replace("      value: 0.35\n", "      value: 0.8\n", StringComparison.Ordinal)
            .Replace("uncertainty: {min: 0.20, max: 0.50, mode: 0.35}", "uncertainty: {min: 0.75, max: 0.85, mode: 0.8}", StringComparison.Ordinal);
        Assert.NotEqual(Examples.CarSale, raised);
        Assert.Equal(HttpStatusCode.OK, (await user.Send(HttpMethod.Put, $"/api/scenarios/{id}", ApiClient.Yaml(raised))).StatusCode);

        var response = await user.Send(HttpMethod.Get, $"/api/scenarios/{id}/compare?from=1&to=2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var comparison = await user.Json(response);
        var lines = comparison.RootElement.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("text").GetString()).ToList();
        Assert.Equal(4, lines.Count);
        Assert.Contains("      value: 0.8", lines);
        var answers = comparison.RootElement.GetProperty("answers").EnumerateArray().ToDictionary(a => a.GetProperty("what").GetString()!, a => (Before: a.GetProperty("before").GetString()!, After: a.GetProperty("after").GetString()!));
        Assert.StartsWith("deal possible (", answers["as given: agreement on deal"].Before, StringComparison.Ordinal);
        Assert.StartsWith("no deal (", answers["as given: agreement on deal"].After, StringComparison.Ordinal);
        Assert.NotEqual(answers["claim zone-of-agreement"].Before, answers["claim zone-of-agreement"].After);
        Assert.Equal(0, comparison.RootElement.GetProperty("problems").GetArrayLength());
    }

    [DatabaseFact]
    public async Task Compare_TheSameScenarioSavedTwice_HasNoAnswerChange_AndAVersionWithErrorsIsSaid()
    {
        var user = await ApiClient.NewUser(NewHttp());
        var id = await user.Create(Examples.CarSale);
        await user.Send(HttpMethod.Put, $"/api/scenarios/{id}", ApiClient.Yaml(Examples.CarSaleTitled("Same deal, new title")));

        using var same = await user.Json(await user.Send(HttpMethod.Get, $"/api/scenarios/{id}/compare?from=1&to=2"));
        Assert.Equal(0, same.RootElement.GetProperty("answers").GetArrayLength());
        Assert.Equal(2, same.RootElement.GetProperty("lines").GetArrayLength());

        var missing = await user.Send(HttpMethod.Get, $"/api/scenarios/{id}/compare?from=7&to=2");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
