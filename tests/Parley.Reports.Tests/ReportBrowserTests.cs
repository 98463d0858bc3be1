using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Parley.Tests;

namespace Parley.Reports.Tests;

/// <summary>
/// Opens the Istanbul report in headless Chromium (Debian's, never a downloaded one) as a reader would,
/// and checks that every chart drew, that nothing failed, and that the page asked for nothing over the network.
/// </summary>
public class ReportBrowserTests
{
    private const string Chromium = ChromiumFactAttribute.Path;

    [ChromiumFact]
    public async Task Report_OpenedInChromium_DrawsEveryChartWithoutErrorsOrNetwork()
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "report-output");
        string report = ReportWriter.Write(IstanbulReport.Result, folder);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1360, Height = 900 } });
        var errors = new List<string>();
        var requests = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith("file:", StringComparison.Ordinal))
            {
                requests.Add(request.Url);
            }
        };

        await page.GotoAsync(new Uri(report).AbsoluteUri);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var charts = await page.Locator("figure.chart").AllAsync();
        Assert.NotEmpty(charts);
        foreach (var chart in charts)
        {
            string id = await chart.GetAttributeAsync("data-chart") ?? "(no id)";
            var svg = chart.Locator("svg");
            Assert.Equal(1, await svg.CountAsync());
            int shapes = await svg.Locator("path, rect, text, line, circle, polygon, polyline").CountAsync();
            Assert.True(shapes > 5, $"Chart {id} has an <svg> with {shapes} shapes: it did not draw.");
            var box = await svg.BoundingBoxAsync();
            Assert.True(box is { Width: > 100, Height: > 80 }, $"Chart {id} is drawn at {box?.Width}×{box?.Height}.");
        }

        // Every chart section the analysis supports is there: common ground and frontier per track, forecasts, levers.
        string[] expected = ["state-graph", "common-ground-ceasefire", "common-ground-settlement", "common-ground-humanitarian", "frontier-humanitarian", "frontier-settlement", "forecast-path-territory", "forecast-distribution-territory", "lever-verdicts", "lever-forecasts", "windows"];
        var ids = new List<string>();
        foreach (var chart in charts)
        {
            ids.Add(await chart.GetAttributeAsync("data-chart") ?? string.Empty);
        }

        Assert.All(expected, e => Assert.Contains(e, ids));
        foreach (string heading in new[] { "At a glance", "is there a deal", "Is the standoff stable?", "What would the levers change?", "The claims, and what they rest on", "Sources" })
        {
            Assert.True(await page.GetByText(new Regex(Regex.Escape(heading))).First.IsVisibleAsync(), $"No visible '{heading}'.");
        }

        Assert.Empty(errors);
        Assert.Empty(requests);

        string screenshot = Path.Combine(folder, "report.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "report-top.png") });
        Assert.True(new FileInfo(screenshot).Length > 10_000);
    }
}
