using Parley.Core.Claims;
using Parley.Core.Forecast;
using Parley.Core.Stability;
using Parley.Core.Vocabulary;
using Parley.Formats.Json;

namespace Parley.Cli.Tests;

/// <summary>
/// One vocabulary: every token the command line accepts for a concept or a model is accepted by the claim
/// language and printed by the JSON, and the other way round, because all three read one table.
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
}
