using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Parley.Formats;
using Parley.Formats.GeniusWeb;
using Parley.Formats.Tests.Writing;
using Parley.Formats.Writing;
using Parley.Web.Scenarios;
using Parley.Web.Tests.Hosting;

namespace Parley.Web.Tests.Api;

/// <summary>Importing files into the library, and starting from a template.</summary>
public abstract partial class ApiTests
{
    internal const string GeniusDomain = """
        <negotiation_template>
          <utility_space number_of_issues="2">
            <objective index="0" name="root" type="objective" etype="objective">
              <issue index="1" name="Price" type="discrete" etype="discrete" vtype="discrete">
                <item index="1" value="low"/><item index="2" value="mid"/><item index="3" value="high"/>
              </issue>
              <issue index="2" name="Delivery time" type="discrete" etype="discrete" vtype="discrete">
                <item index="1" value="next day"/><item index="2" value="next week"/>
              </issue>
            </objective>
          </utility_space>
        </negotiation_template>
        """;

    internal static string GeniusProfile(string price, string delivery, double reservation) => $"""
        <utility_space>
          <objective index="0" name="root" type="objective" etype="objective">
            <issue index="1" name="Price" type="discrete">{price}</issue>
            <issue index="2" name="Delivery time" type="discrete">{delivery}</issue>
            <weight index="1" value="0.7"/>
            <weight index="2" value="0.3"/>
          </objective>
          <reservation value="{reservation.ToString(System.Globalization.CultureInfo.InvariantCulture)}"/>
          <discount_factor value="1.0"/>
        </utility_space>
        """;

    internal static string Buyer => GeniusProfile(
        """<item index="1" value="low" evaluation="3"/><item index="2" value="mid" evaluation="2"/><item index="3" value="high" evaluation="1"/>""",
        """<item index="1" value="next day" evaluation="1"/><item index="2" value="next week" evaluation="0.5"/>""",
        0.3);

    internal static string Seller => GeniusProfile(
        """<item index="1" value="low" evaluation="1"/><item index="2" value="mid" evaluation="2"/><item index="3" value="high" evaluation="3"/>""",
        """<item index="1" value="next day" evaluation="0.2"/><item index="2" value="next week" evaluation="1"/>""",
        0.4);

    private static MultipartFormDataContent Files(params (string Part, string Name, string Text)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (part, name, text) in files)
        {
            var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(content, part, name);
        }

        return form;
    }

    [DatabaseFact]
    public async Task Import_Yaml_StoresTheTextAsWritten_CommentsIncluded()
    {
        var user = await ApiClient.NewUser(NewHttp());
        string yaml = "# kept: the modeller's comment\n" + Examples.CarSale;
        var response = await user.Send(HttpMethod.Post, "/api/scenarios/import", Files(("file", "car.yaml", yaml)));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var created = await user.Json(response);
        Guid id = created.RootElement.GetProperty("id").GetGuid();

        using var read = await user.Json(await user.Send(HttpMethod.Get, $"/api/scenarios/{id}"));
        Assert.Equal(yaml, read.RootElement.GetProperty("yaml").GetString());
    }

    [DatabaseFact]
    public async Task Import_GeniusDomainAndProfiles_StoresAScenarioThatReadsBackToTheImport_AndSaysWhatItChanged()
    {
        var user = await ApiClient.NewUser(NewHttp());
        var response = await user.Send(HttpMethod.Post, "/api/scenarios/import", Files(("domain", "shop.xml", GeniusDomain), ("profiles", "buyer.xml", Buyer), ("profiles", "seller.xml", Seller)));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var created = await user.Json(response);
        var changes = created.RootElement.GetProperty("changes").EnumerateArray().Select(c => c.GetString()!).ToList();
        Assert.Contains(changes, c => c.Contains("'Delivery time'", StringComparison.Ordinal) && c.Contains("'Delivery-time'", StringComparison.Ordinal));
        Assert.Contains(changes, c => c.Contains("'next day'", StringComparison.Ordinal));

        Guid id = created.RootElement.GetProperty("id").GetGuid();
        using var read = await user.Json(await user.Send(HttpMethod.Get, $"/api/scenarios/{id}"));
        var stored = ScenarioYaml.Read(read.RootElement.GetProperty("yaml").GetString()!).Value!;
        var imported = Formats.Genius.GeniusImporter.Parse(new SourceText("shop.xml", GeniusDomain), [new SourceText("buyer.xml", Buyer), new SourceText("seller.xml", Seller)]).Value!;
        Assert.Null(ScenarioEquivalence.FirstDifference(ScenarioEquivalence.WithoutGeniusRules(ImportedScenarios.WithValidIds(imported).Scenario), stored));

        // The imported scenario answers what-ifs like any other.
        var whatIf = await user.Send(HttpMethod.Post, $"/api/scenarios/{id}/whatif", ApiClient.Json(new { }));
        Assert.Equal(HttpStatusCode.OK, whatIf.StatusCode);
    }

    [DatabaseFact]
    public async Task Import_GeniusWebProfileWithItsDomainInside_Answers201()
    {
        const string profile = """
            {"LinearAdditiveUtilitySpace": {"name": "buyer", "domain": {"name": "bar", "issuesValues": {"Drink": {"values": ["tea", "beer"]}, "price": {"range": [12.2, 12.8, 0.3]}}},
              "issueUtilities": {"Drink": {"discreteutils": {"valueUtilities": {"tea": 0.2, "beer": 1.0}}},
                "price": {"numberutils": {"lowValue": 12.2, "lowUtility": 1.0, "highValue": 12.8, "highUtility": 0.0}}},
              "issueWeights": {"Drink": 0.5, "price": 0.5},
              "reservationBid": {"issuevalues": {"Drink": "tea", "price": 12.5}}}}
            """;
        var user = await ApiClient.NewUser(NewHttp());
        var response = await user.Send(HttpMethod.Post, "/api/scenarios/import", Files(("profiles", "buyer.json", profile)));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var created = await user.Json(response);
        Guid id = created.RootElement.GetProperty("id").GetGuid();
        using var read = await user.Json(await user.Send(HttpMethod.Get, $"/api/scenarios/{id}"));
        var stored = ScenarioYaml.Read(read.RootElement.GetProperty("yaml").GetString()!).Value!;
        var imported = GeniusWebImporter.Parse(null, [new SourceText("buyer.json", profile)]).Value!;
        Assert.Null(ScenarioEquivalence.FirstDifference(ScenarioEquivalence.WithoutGeniusRules(ImportedScenarios.WithValidIds(imported).Scenario), stored));
    }

    [DatabaseFact]
    public async Task Import_BrokenProfile_Answers422_WithTheReadersDiagnosticLocatedInThatFile()
    {
        var user = await ApiClient.NewUser(NewHttp());
        string broken = Seller.Replace("evaluation=\"0.2\"", "evaluation=\"cheap\"", StringComparison.Ordinal);
        var response = await user.Send(HttpMethod.Post, "/api/scenarios/import", Files(("domain", "shop.xml", GeniusDomain), ("profiles", "buyer.xml", Buyer), ("profiles", "seller.xml", broken)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var diagnostic = problem.RootElement.GetProperty("diagnostics").EnumerateArray().First();
        Assert.Equal("seller.xml", diagnostic.GetProperty("file").GetString());
        Assert.True(diagnostic.GetProperty("line").GetInt32() > 1);
        Assert.True(diagnostic.GetProperty("column").GetInt32() > 0);
        using var list = await user.Json(await user.Send(HttpMethod.Get, "/api/scenarios"));
        Assert.Equal(0, list.RootElement.GetArrayLength());
    }

    [DatabaseFact]
    public async Task Import_BrokenKtabOrUnknownOrMixedFiles_Answers422_WithASentence()
    {
        var user = await ApiClient.NewUser(NewHttp());
        foreach (var form in new[]
        {
            Files(("file", "model.csv", "Scenario,x\n")),
            Files(("file", "notes.docx", "x")),
            Files(("file", "a.yaml", Examples.CarSale), ("file", "b.gmcr", "{}")),
        })
        {
            var response = await user.Send(HttpMethod.Post, "/api/scenarios/import", form);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Contains("message", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var notForm = await user.Send(HttpMethod.Post, "/api/scenarios/import", ApiClient.Yaml(Examples.CarSale));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notForm.StatusCode);
    }

    internal const string KtabCsv = """
        Tax talks,"three actors, two dimensions",3,2,
        Actor,Description,Influence,Tax Position,Tax Salience,Rent Position,Rent Salience,
        Finance Ministry,first,100,20,60,70,40,
        Unions,second,55,65,30,40,50,
        Employers,third,80,35,40,55,20,
        """;

    [DatabaseFact]
    public async Task Import_KtabCsv_Answers201_WithAScenarioThatForecastsAsTheFileDoes()
    {
        var user = await ApiClient.NewUser(NewHttp());
        var response = await user.Send(HttpMethod.Post, "/api/scenarios/import", Files(("file", "tax-talks.csv", KtabCsv)));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var created = await user.Json(response);
        var changes = created.RootElement.GetProperty("changes").EnumerateArray().Select(c => c.GetString()!).ToList();
        Assert.Contains(changes, c => c.Contains("'Finance Ministry'", StringComparison.Ordinal) && c.Contains("'Finance-Ministry'", StringComparison.Ordinal));
        Assert.Contains(created.RootElement.GetProperty("warnings").EnumerateArray(), d => d.GetProperty("code").GetString() == "PF0115");

        Guid id = created.RootElement.GetProperty("id").GetGuid();
        using var read = await user.Json(await user.Send(HttpMethod.Get, $"/api/scenarios/{id}"));
        var stored = ScenarioYaml.Read(read.RootElement.GetProperty("yaml").GetString()!).Value!;
        Assert.Equal("tax-talks", stored.Title);
        var imported = Formats.Ktab.KtabImporter.Parse(new SourceText("tax-talks.csv", KtabCsv)).Value!;
        Assert.Null(ScenarioEquivalence.FirstDifference(ImportedScenarios.WithValidIds(imported).Scenario, stored));

        // The stored scenario's forecast lens reads the file's saliences: the weighted mean is KTAB's, issue by issue.
        var ktab = Formats.Ktab.KtabCsvReader.Read(KtabCsv, "tax-talks.csv").Value!.Problem;
        var session = new Core.Session.LensSession(stored);
        for (int k = 0; k < stored.Issues.Length; k++)
        {
            var lens = session.Forecast(Core.Variants.VariantKey.AsGiven, stored.Issues[k].Id, Core.Forecast.ForecastModel.WeightedMean)!;
            Assert.Equal(Core.Forecast.WeightedMean.Of(ktab, k), lens.Point);
        }

        var whatIf = await user.Send(HttpMethod.Post, $"/api/scenarios/{id}/whatif", ApiClient.Json(new { }));
        Assert.Equal(HttpStatusCode.OK, whatIf.StatusCode);
    }

    [DatabaseFact]
    public async Task Templates_AreListed_AndEachCreatesAScenario()
    {
        var user = await ApiClient.NewUser(NewHttp());
        using var list = await user.Json(await user.Send(HttpMethod.Get, "/api/scenarios/templates"));
        var names = list.RootElement.EnumerateArray().Select(t => t.GetProperty("name").GetString()!).ToList();
        Assert.Equal(ScenarioTemplates.All.Select(t => t.Name), names);
        foreach (var name in names)
        {
            var response = await user.Send(HttpMethod.Post, $"/api/scenarios/templates/{name}");
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        var unknown = await user.Send(HttpMethod.Post, "/api/scenarios/templates/no-such-template");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
