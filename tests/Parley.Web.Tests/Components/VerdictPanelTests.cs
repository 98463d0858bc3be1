using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Parley.Web.Analysis;
using Parley.Web.Components.Shared;

namespace Parley.Web.Tests.Components;

/// <summary>The verdict panel shows each lens's answer as the report does.</summary>
public sealed class VerdictPanelTests : IAsyncLifetime
{
    private readonly BunitContext context = new();

    public VerdictPanelTests()
    {
        context.Services.AddMudServices();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
    }

    private static WhatIfAnswer Answer(string verdict) => new(
        ["us-halts-aid"],
        null,
        [],
        null,
        [new TrackVerdict("ceasefire", verdict, "Russia's demand blocks every package.", "36", "0", [new IssueGround("front-line", [], "no option accepted by all")], ["russia: withdrawal + ukraine: recognition"], ["russia", "ukraine"], [], [])],
        new StabilityVerdict("war", [new ConceptVerdict("Nash", false, ["truce"]), new ConceptVerdict("Gmr", true, ["war", "truce"])], "The status quo is stable under GMR."),
        [new ForecastVerdict("ceasefire", "Ceasefire", "days", 35, 20, 60, "30 days", 0, 100, 35, 50)],
        ["no `dynamics` section: deal windows over time skipped."]);

    [Fact]
    public void Render_NoAgreement_ShowsTheVerdictBlockingDemandsAndExplanation()
    {
        var cut = context.Render<VerdictPanel>(p => p.Add(x => x.Answer, Answer("no-agreement")));
        var track = cut.Find("[data-testid=track-ceasefire]");
        Assert.Contains("no agreement", track.QuerySelector("[data-testid=verdict]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("russia: withdrawal + ukraine: recognition", track.TextContent, StringComparison.Ordinal);
        Assert.Contains("0 of 36 packages acceptable to all", track.TextContent, StringComparison.Ordinal);
        Assert.Contains("front-line: none", track.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AgreementPossible_SaysSo()
    {
        var cut = context.Render<VerdictPanel>(p => p.Add(x => x.Answer, Answer("agreement-possible")));
        Assert.Contains("agreement possible", cut.Find("[data-testid=verdict]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Stability_ShowsEachConceptWithTheStatusQuoAndEquilibria()
    {
        var cut = context.Render<VerdictPanel>(p => p.Add(x => x.Answer, Answer("no-agreement")));
        var rows = cut.FindAll("[data-testid=stability] tbody tr");
        Assert.Equal(2, rows.Count);
        Assert.Equal(["Nash", "unstable", "truce"], rows[0].QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.Equal(["Gmr", "stable", "war, truce"], rows[1].QuerySelectorAll("td").Select(td => td.TextContent));
    }

    [Fact]
    public void Render_Forecast_ShowsTheModelAndTheMonteCarloBand()
    {
        var cut = context.Render<VerdictPanel>(p => p.Add(x => x.Answer, Answer("no-agreement")));
        string row = cut.Find("[data-testid=forecasts] tbody tr").TextContent;
        Assert.Contains("35 days", row, StringComparison.Ordinal);
        Assert.Contains("35 (20–60) over 50 draws", row, StringComparison.Ordinal);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await context.DisposeAsync();
}
