using System.Text.Json.Nodes;
using Json.Schema;

namespace Parley.Cli.Tests.JsonOutput;

/// <summary>
/// Every command's <c>--format json</c> output, run on bundled scenarios and test inputs, is valid against its
/// checked-in schema in <c>docs/schemas</c>, and the schemas reject what the old shape wrote.
/// </summary>
public sealed class JsonSchemaTests
{
    private static readonly Lazy<EvaluationOptions> Options = new(() =>
    {
        var options = new EvaluationOptions { OutputFormat = global::Json.Schema.OutputFormat.List };
        foreach (string file in Directory.GetFiles(SchemaFolder, "*.schema.json"))
        {
            options.SchemaRegistry.Register(JsonSchema.FromFile(file));
        }

        return options;
    });

    private static string SchemaFolder => Parley.Tests.RepoPaths.InRepo("docs", "schemas");

    private static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    private static string Scenario(string name) => Parley.Tests.RepoPaths.InRepo("scenarios", name);

    public static TheoryData<string, string[]> Runs() => new()
    {
        { "check", ["check", Scenario("car-sale.yaml")] },
        { "check", ["check", Data("deu-small.tsv")] },
        { "agree", ["agree", Scenario("car-sale.yaml")] },
        { "agree", ["agree", Scenario("istanbul-2025.yaml"), "--track", "humanitarian", "--track", "ceasefire"] },
        { "agree", ["agree", Data("labour-dispute.yaml")] },
        { "analyze", ["analyze", Data("labour-dispute.yaml"), "--draws", "20"] },
        { "analyze", ["analyze", Data("mediator-sanction.yaml"), "--draws", "20", "--no-sensitivity"] },
        { "stability", ["stability", Scenario("istanbul-2025.yaml"), "--from-status-quo"] },
        { "stability", ["stability", Data("mediator-sanction.yaml"), "--coalition", "RU,US"] },
        { "forecast", ["forecast", Scenario("istanbul-2025.yaml"), "--runs", "50"] },
        { "forecast-eval", ["forecast-eval", Data("deu-small.tsv"), "--folds", "3"] },
        { "dynamics", ["dynamics", Data("closing-window.yaml")] },
        { "simulate", ["simulate", Data("closing-window.yaml")] },
        { "simulate", ["simulate", Scenario("car-sale.yaml")] },
        { "compare", ["compare", Data("mediator-sanction.yaml"), "--lever", "us-withholds-aid"] },
        { "endstates", ["endstates", Data("end-states.yaml")] },
    };

    [Theory]
    [MemberData(nameof(Runs))]
    public void Output_OfEachCommand_IsValidAgainstItsSchema(string command, string[] args)
    {
        var (code, output) = CliRun.Invoke([.. args, "--format", "json"]);

        Assert.Equal(ExitCodes.Ok, code);
        var document = JsonNode.Parse(output)!;
        Assert.Equal(command, document["command"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(document["scenarioId"]!.GetValue<string>()));
        AssertValid(command, document);
    }

    [Fact]
    public void Output_OfInputWithErrors_IsTheRefusedCheckDocument_ValidAgainstTheCommandsSchema()
    {
        string broken = Path.Combine(Path.GetTempPath(), $"parley-broken-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(broken, "id: x\ntitle: [unclosed\n");
        try
        {
            foreach (string command in new[] { "agree", "analyze", "dynamics", "stability", "forecast" })
            {
                var (code, output) = CliRun.Invoke(command, broken, "--format", "json");

                Assert.Equal(ExitCodes.InputErrors, code);
                var document = JsonNode.Parse(output)!;
                Assert.False(document["valid"]!.GetValue<bool>());
                Assert.Equal(command, document["command"]!.GetValue<string>());
                AssertValid(command, document);
            }
        }
        finally
        {
            File.Delete(broken);
        }
    }

    [Fact]
    public void Schemas_RejectCountsWrittenAsStrings_AndAMissingSchemaVersion()
    {
        var (_, output) = CliRun.Invoke("analyze", Data("labour-dispute.yaml"), "--draws", "20", "--no-sensitivity", "--format", "json");
        var document = JsonNode.Parse(output)!;
        AssertValid("analyze", document);

        var agreement = document["variants"]![0]!["agreement"]![0]!;
        agreement["outcomes"] = agreement["outcomes"]!.ToJsonString();
        Assert.False(Evaluate("analyze", document).IsValid);

        var (_, agree) = CliRun.Invoke("agree", Scenario("car-sale.yaml"), "--format", "json");
        var unversioned = JsonNode.Parse(agree)!.AsObject();
        unversioned.Remove("schemaVersion");
        Assert.False(Evaluate("agree", unversioned).IsValid);
    }

    [Fact]
    public void EveryCommandSchema_IsExercisedByARun()
    {
        var covered = Runs().Select(row => (string)row[0]).ToHashSet();
        var schemas = Directory.GetFiles(SchemaFolder, "*.schema.json")
            .Select(f => Path.GetFileName(f)[..^".schema.json".Length])
            .Where(name => name != "common");

        Assert.All(schemas, name => Assert.Contains(name, covered));
    }

    private static EvaluationResults Evaluate(string command, JsonNode document)
    {
        var schema = JsonSchema.FromFile(Path.Combine(SchemaFolder, $"{command}.schema.json"));
        return schema.Evaluate(document, Options.Value);
    }

    private static void AssertValid(string command, JsonNode document)
    {
        var results = Evaluate(command, document);
        if (!results.IsValid)
        {
            var errors = (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
                .Take(20);
            Assert.Fail($"{command} output does not match docs/schemas/{command}.schema.json:\n{string.Join('\n', errors)}");
        }
    }
}
