using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Parley.Web.Tests.Hosting;

namespace Parley.Web.Tests.Browser;

/// <summary>
/// The workspace driven in headless Chromium as a user would: register, import a scenario with a mistake, fix it
/// with the editor's quick fix, pull a lever and see the verdict change, save a second version and compare, share
/// with a second user who can view but not edit. Screenshots are kept in <c>browser-output/</c>.
/// </summary>
public sealed partial class WorkspaceBrowserTests
{
    private static readonly string Output = Path.Combine(AppContext.BaseDirectory, "browser-output");

    [ChromiumFact]
    public async Task ImportFixExploreCompareShare_InChromium()
    {
        Directory.CreateDirectory(Output);

        // A circuit on a loaded two-core machine (every test project runs at once in CI) may take many seconds to
        // start: wait up to 90 s for each page and each step. The journey is what is tested; speed is the load test's.
        Assertions.SetDefaultExpectTimeout(90_000);
        string data = Path.Combine(Path.GetTempPath(), "parley-browser-tests", Guid.NewGuid().ToString("N"));
        using var server = await WorkspaceProcess.Start(data, null);
        var viewer = await ApiClient.NewUser(new HttpClient { BaseAddress = server.Address }, "viewer");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.Address.ToString(), ViewportSize = new ViewportSize { Width = 1360, Height = 1000 } });
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        var page = await context.NewPageAsync();
        var outside = new List<string>();
        page.Request += (_, r) =>
        {
            if (!r.Url.StartsWith(server.Address.ToString(), StringComparison.Ordinal) && !r.Url.StartsWith("ws://localhost", StringComparison.Ordinal) && !r.Url.StartsWith("data:", StringComparison.Ordinal) && !r.Url.StartsWith("blob:", StringComparison.Ordinal))
            {
                outside.Add(r.Url);
            }
        };

        try
        {
            await Journey(page, browser, server, viewer);
        }
        catch
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Output, "failure.png"), FullPage = true });
            throw;
        }

        Assert.Empty(outside);
    }

    private static async Task Journey(IPage page, IBrowser browser, WorkspaceProcess server, ApiClient viewer)
    {
        // Register; the library opens.
        string email = $"analyst-{Guid.NewGuid():N}@example.org";
        await page.GotoAsync("/register");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", ApiClient.Password);
        await page.ClickAsync("#register");
        await page.WaitForURLAsync(new Regex("/$"));
        await Expect(page.GetByTestId("library")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("create-example")).ToBeEnabledAsync();
        await Expect(page.Locator("input[type=file]")).ToBeEnabledAsync();

        // Import a scenario with a misspelt actor: it opens in the editor with the diagnostic and its quick fix.
        string file = Path.Combine(Output, "car-sale-typo.yaml");
        await File.WriteAllTextAsync(file, new Regex("    by: B\n").Replace(Examples.CarSale, "    by: Bx\n", 1));
        await page.Locator("input[type=file]").SetInputFilesAsync(file);
        await page.WaitForURLAsync(new Regex("/scenarios/new$"));
        await Expect(page.GetByTestId("diagnostic-message").First).ToContainTextAsync("Did you mean 'B'?");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Output, "1-diagnostic.png") });
        await page.GetByTestId("quick-fix").First.ClickAsync();
        await Expect(page.GetByTestId("no-diagnostics")).ToBeVisibleAsync();
        await page.GetByTestId("save").ClickAsync();
        await page.WaitForURLAsync(new Regex("/scenarios/[0-9a-f-]{36}$"));
        string scenarioUrl = page.Url;

        // Explore: pull a lever and see the verdict change.
        await page.GotoAsync(scenarioUrl + "/explore");
        var verdict = page.GetByTestId("track-deal").GetByTestId("verdict");
        await Expect(verdict).ToBeVisibleAsync();
        string before = await page.GetByTestId("track-deal").InnerTextAsync();
        await page.GetByText("Buyer finds a better alternative").ClickAsync();
        await Expect(page.GetByTestId("track-deal")).Not.ToHaveTextAsync(before);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Output, "2-explore.png"), FullPage = true });

        // A second version, then compare the two.
        await page.GotoAsync(scenarioUrl);
        await page.Locator(".monaco-editor").First.ClickAsync();
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.TypeAsync("\n# reviewed in the browser test\n");
        await Expect(page.GetByTestId("save")).ToBeEnabledAsync();
        await page.GetByTestId("save").ClickAsync();
        await Expect(page.GetByTestId("save-message")).ToContainTextAsync("version 2");
        await page.GotoAsync(scenarioUrl + "/versions");
        await page.GetByTestId("compare").ClickAsync();
        await Expect(page.GetByTestId("yaml-diff")).ToContainTextAsync("reviewed in the browser test");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Output, "3-compare.png"), FullPage = true });

        // Share with the second user as a viewer.
        await page.Locator("[data-testid=share-email] input, input[data-testid=share-email]").FillAsync(viewer.Email);
        await page.GetByTestId("share").ClickAsync();
        await Expect(page.GetByTestId("share-message")).ToContainTextAsync("Shared with");

        // The viewer sees the scenario and its answers, but the editor is read-only and offers no save.
        var viewerContext = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.Address.ToString(), ViewportSize = new ViewportSize { Width = 1360, Height = 1000 } });
        var viewerPage = await viewerContext.NewPageAsync();
        await viewerPage.GotoAsync("/login");
        await viewerPage.FillAsync("#email", viewer.Email);
        await viewerPage.FillAsync("#password", ApiClient.Password);
        await viewerPage.ClickAsync("#login");
        await Expect(viewerPage.GetByTestId("library")).ToContainTextAsync("viewer");
        await viewerPage.GotoAsync(scenarioUrl);
        await Expect(viewerPage.GetByTestId("title")).ToBeVisibleAsync();
        await Expect(viewerPage.GetByTestId("save")).ToHaveCountAsync(0);
        await viewerPage.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Output, "4-viewer.png") });

        // The form: move the dealer's walk-away value; the form says what the YAML would lose (the comment typed
        // above, the sources' grades) before it saves a third version.
        await page.GotoAsync(scenarioUrl + "/form");
        await page.GetByText("Positions").ClickAsync();
        var walkAway = page.Locator("[data-testid=walk-away-S] input, input[data-testid=walk-away-S]").First;
        await walkAway.FillAsync("0.25");
        await walkAway.PressAsync("Tab");
        await page.GetByTestId("form-save").ClickAsync();
        await Expect(page.GetByTestId("form-losses")).ToContainTextAsync("comment");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Output, "5-form.png"), FullPage = true });
        await page.GetByTestId("form-save-anyway").ClickAsync();
        await Expect(page.GetByTestId("form-message")).ToContainTextAsync("version 3");

        // Import a GENIUS domain with two profiles: the library says which ids it had to change.
        await page.GotoAsync("/");
        await Expect(page.Locator("input[type=file]")).ToBeEnabledAsync(); // the circuit is live
        string domain = Path.Combine(Output, "shop-domain.xml");
        string buyer = Path.Combine(Output, "buyer.xml");
        string seller = Path.Combine(Output, "seller.xml");
        await File.WriteAllTextAsync(domain, Api.ApiTests.GeniusDomain);
        await File.WriteAllTextAsync(buyer, Api.ApiTests.Buyer);
        await File.WriteAllTextAsync(seller, Api.ApiTests.Seller);
        await page.Locator("input[type=file]").SetInputFilesAsync([domain, buyer, seller]);
        await page.GetByTestId("import-files").ClickAsync();
        await Expect(page.GetByTestId("import-changes")).ToContainTextAsync("Delivery-time");
        await Expect(page.GetByTestId("library")).ToContainTextAsync("shop");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Output, "6-import.png"), FullPage = true });

        // Import a KTAB file: a scenario titled after the file, with the warning that its dimensions are forecast one by one.
        string ktab = Path.Combine(Output, "tax-talks.csv");
        await File.WriteAllTextAsync(ktab, Api.ApiTests.KtabCsv);
        await page.Locator("input[type=file]").SetInputFilesAsync([ktab]);
        await page.GetByTestId("import-files").ClickAsync();
        await Expect(page.GetByTestId("import-warnings")).ToContainTextAsync("PF0115");
        await Expect(page.GetByTestId("library")).ToContainTextAsync("tax-talks");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
