using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Parley.Formats.Json;
using Parley.Web.Components.Shared;

namespace Parley.Web.Tests.Components;

/// <summary>The editor's diagnostics list: position, message, and a quick fix where the message suggests one.</summary>
public sealed class DiagnosticListTests : IAsyncLifetime
{
    private readonly BunitContext context = new();

    public DiagnosticListTests()
    {
        context.Services.AddMudServices();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void Render_NoDiagnostics_SaysNoProblems()
    {
        var cut = context.Render<DiagnosticList>(p => p.Add(x => x.Items, []));
        Assert.Equal("No problems found.", cut.Find("[data-testid=no-diagnostics]").TextContent);
    }

    [Fact]
    public void Render_DidYouMean_OffersTheQuickFix_AndClickingItReportsTheDiagnostic()
    {
        var typo = new DiagnosticJson("PAR020", "error", "Unknown actor 'Bx'. Did you mean 'B'? Known actors: B, S.", "scenario.yaml", 193, 9, "levers[0].by");
        var other = new DiagnosticJson("PAR003", "error", "This is not valid YAML.", "scenario.yaml", 4, 1, string.Empty);
        DiagnosticJson? fixedOne = null;
        var cut = context.Render<DiagnosticList>(p => p
            .Add(x => x.Items, [typo, other])
            .Add(x => x.OnFix, d => fixedOne = d));

        Assert.Equal(["line 193, column 9", "line 4, column 1"], cut.FindAll("[data-testid=diagnostic-location]").Select(e => e.TextContent));
        var fix = Assert.Single(cut.FindAll("[data-testid=quick-fix]"));
        Assert.Equal("Replace with 'B'", fix.TextContent.Trim());
        fix.Click();
        Assert.Equal(typo, fixedOne);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await context.DisposeAsync();
}
