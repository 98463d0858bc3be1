using System.Text.Json;
using System.Text.Json.Nodes;
using Parley.Core.Claims;
using Parley.Core.Forecast;
using Parley.Core.Stability;
using Parley.Core.Vocabulary;
using Parley.Formats.Json;

namespace Parley.Cli.Tests;

/// <summary>
/// One vocabulary: every token the command line accepts for a concept or a model is accepted by the claim
/// language and printed by the JSON, and the other way round, because all three read one table; and every
/// enum value any JSON document prints is kebab-case, like those tokens (schema version 3).
/// </summary>
public sealed class VocabularyTests
{
    public static TheoryData<string> ConceptTokens => [.. Terms.Tokens<StabilityConcept>()];

    public static TheoryData<string> ModelTokens => [.. Terms.Tokens<ForecastModel>()];

    // Spellings that drifted before the table existed: none may be accepted anywhere.
    public static TheoryData<string> RetiredSpellings => ["seqsim", "SEQ+SIM", "weightedMean", "mean", "compromise", "eum", "spatial"];

    [Theory]
    [MemberData(nameof(ConceptTokens))]
    public void Concept_AcceptedByCliAndClaimsAndPrintedByJson(string token)
    {
        Assert.True(new StabilitySettings { File = "x.yaml", Concepts = [token] }.Validate().Successful);
        Assert.True(ClaimTest.Parse($"stability(concept: {token}).stable").IsValid);
        Assert.True(Terms.TryParse<StabilityConcept>(token, out var concept));
        Assert.Equal(token, StabilityJson.Name(concept));
    }

    [Theory]
    [MemberData(nameof(ModelTokens))]
    public void Model_AcceptedByCliAndClaimsAndPrintedByJson(string token)
    {
        Assert.True(new ForecastCommandSettings { File = "x.yaml", Models = [token] }.Validate().Successful);
        Assert.True(ClaimTest.Parse($"forecast(issue: x, model: {token}).value > 0").IsValid);
        Assert.True(Terms.TryParse<ForecastModel>(token, out var model));
        Assert.Equal(token, ForecastJson.ModelName(model));
    }

    [Theory]
    [MemberData(nameof(RetiredSpellings))]
    public void RetiredSpelling_RefusedByCliAndClaimsAlike(string spelling)
    {
        bool cli = new StabilitySettings { File = "x.yaml", Concepts = [spelling] }.Validate().Successful
            || new ForecastCommandSettings { File = "x.yaml", Models = [spelling] }.Validate().Successful;
        bool claims = ClaimTest.Parse($"stability(concept: {spelling}).stable").IsValid
            || ClaimTest.Parse($"forecast(issue: x, model: {spelling}).value > 0").IsValid;

        Assert.False(cli);
        Assert.False(claims);
    }

    [Fact]
    public void EveryEnumValue_HasATokenAndADisplayName()
    {
        foreach (var concept in Enum.GetValues<StabilityConcept>())
        {
            Assert.Matches("^[a-z]+(-[a-z]+)*$", Terms.Token(concept));
            Assert.False(string.IsNullOrWhiteSpace(Terms.DisplayName(concept)));
        }

        foreach (var model in Enum.GetValues<ForecastModel>())
        {
            Assert.Matches("^[a-z]+(-[a-z]+)*$", Terms.Token(model));
        }

        foreach (var verdict in Enum.GetValues<ClaimVerdict>())
        {
            Assert.Matches("^[a-z]+(-[a-z]+)*$", Terms.Token(verdict));
        }

        foreach (var lens in Enum.GetValues<Core.Session.LensKind>())
        {
            Assert.Matches("^[a-z]+(-[a-z]+)*$", Terms.Token(lens));
        }
    }

    private const string KebabCase = "^[a-z0-9]+(-[a-z0-9]+)*$";

    // The keys whose values are enum tokens, in every document.
    private static readonly HashSet<string> EnumKeys =
        ["verdict", "kind", "shutBy", "basis", "reading", "concept", "decidedBy", "model", "severity", "input", "interval", "figure", "curve", "lens"];

    public static TheoryData<string, string[]> Runs => Parley.Cli.Tests.JsonOutput.JsonSchemaTests.Runs();

    [Fact]
    public void EveryCoreEnumValue_IsWrittenToJsonInKebabCase()
    {
        var enums = typeof(Terms).Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic).ToList();
        Assert.NotEmpty(enums);
        foreach (var type in enums)
        {
            foreach (object value in Enum.GetValues(type))
            {
                // As a DTO's property (the serializer's converters) and as a DTO's string (EnumTokens), alike.
                string serialized = JsonSerializer.Deserialize<string>(JsonSerializer.Serialize(value, type, global::Parley.Formats.Json.JsonOutput.Options))!;
                Assert.True(System.Text.RegularExpressions.Regex.IsMatch(serialized, KebabCase), $"{type.Name}.{value} is written as '{serialized}'.");
                string token = (string)typeof(EnumTokens).GetMethod(nameof(EnumTokens.Of))!.MakeGenericMethod(type).Invoke(null, [value])!;
                Assert.Matches(KebabCase, token);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void EveryEnumValue_InEveryDocument_IsKebabCase(string command, string[] args)
    {
        var (code, output) = CliRun.Invoke([.. args, "--format", "json"]);

        Assert.Equal(ExitCodes.Ok, code);
        var offenders = new List<string>();
        Walk(JsonNode.Parse(output), "$", offenders);

        // forecast-eval's "model" names an evaluated method (a stacked combination, fitted exponents, the
        // median of the expected-utility model), not a ForecastModel: a name, not a token.
        if (command == "forecast-eval")
        {
            offenders.RemoveAll(o => o.EndsWith("'", StringComparison.Ordinal) && o.Contains("].model = ", StringComparison.Ordinal));
        }
        Assert.True(offenders.Count == 0, $"{command}: enum values not in kebab-case: {string.Join("; ", offenders)}");
    }

    private static void Walk(JsonNode? node, string path, List<string> offenders)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, child) in o)
                {
                    if (EnumKeys.Contains(key) && child is JsonValue v && v.TryGetValue<string>(out string? text)
                        && !System.Text.RegularExpressions.Regex.IsMatch(text, KebabCase))
                    {
                        offenders.Add($"{path}.{key} = '{text}'");
                    }

                    Walk(child, $"{path}.{key}", offenders);
                }

                break;
            case JsonArray a:
                for (int i = 0; i < a.Count; i++)
                {
                    Walk(a[i], $"{path}[{i}]", offenders);
                }

                break;
        }
    }
}
