using Parley.Core.Agreement;
using Parley.Core.Dynamics;
using Parley.Core.Levers;
using Parley.Formats.Yaml;

namespace Parley.Formats.Tests.Yaml;

/// <summary>Levers that move a numeric red line: a new minimum or maximum, checked for contradictions.</summary>
public sealed class RedLineBoundLeverTests
{
    private const string Yaml = """
        title: A wage round with a lever on the employer's ceiling
        actors:
          - {id: FORD, role: party}
          - {id: UAW, role: party}
        issues:
          - {id: wage-rise, track: pay, range: {min: 0, max: 30, unit: "%", step: 1}}
        positions:
          - actor: FORD
            date: 2013-11-01
            issues:
              wage-rise: {prefer: 0, accept: {max: 9}}
            revisions:
              - date: 2014-01-10
                issues:
                  wage-rise: {accept: {max: 20}}
          - actor: UAW
            issues:
              wage-rise: {prefer: 30, accept: {min: 24}}
        levers:
          - id: LEVER
            by: UAW
            effects:
              - EFFECT
        dynamics:
          horizon: {length: 12, unit: months, start: 2013-11}
        """;

    private static Parley.Core.Diagnostics.ParseResult<Parley.Core.Model.Scenario> Read(string effect) =>
        ScenarioReader.Read(Yaml.Replace("LEVER", "strike", StringComparison.Ordinal).Replace("EFFECT", effect, StringComparison.Ordinal), "wages.yaml");

    [Fact]
    public void Accept_NewMaximum_OpensADealAtEveryDate()
    {
        var result = Read("accept: {actor: FORD, issue: wage-rise, max: 25}");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var scenario = result.Value!;
        Assert.True(AgreementSpace.Of(AgreementProblem.From(scenario)).IsEmpty);
        var moved = LeverApplication.Apply(scenario, ["strike"]);
        Assert.Equal(25, moved.PositionOf("FORD")!.On("wage-rise")!.AcceptableRange!.Max);
        Assert.Equal(25, moved.PositionOf("FORD")!.Revisions[0].Issues[0].AcceptableRange!.Max);
        Assert.False(AgreementSpace.Of(AgreementProblem.From(moved)).IsEmpty);

        var track = Assert.Single(DealWindows.Over(scenario, new DealWindowOptions { Levers = ["strike"] }).Tracks);
        Assert.True(Assert.Single(track.Windows).OpenAtStart);
    }

    [Fact]
    public void Reject_NewMinimum_NarrowsTheRange()
    {
        var result = Read("reject: {actor: UAW, issue: wage-rise, min: 26}");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var moved = LeverApplication.Apply(result.Value!, ["strike"]);
        Assert.Equal(26, moved.PositionOf("UAW")!.On("wage-rise")!.AcceptableRange!.Min);
    }

    [Theory]
    [InlineData("accept: {actor: FORD, issue: wage-rise, option: 25}", "PAR010")] // numeric: min/max, not option
    [InlineData("accept: {actor: FORD, issue: wage-rise}", "PAR012")] // no bound
    [InlineData("accept: {actor: FORD, issue: wage-rise, max: 40}", "PAR030")] // outside the issue's range
    [InlineData("accept: {actor: FORD, issue: wage-rise, min: 20, max: 10}", "PAR030")] // min above max
    [InlineData("reject: {actor: UAW, issue: wage-rise, max: 20}", "PAR040")] // empty: UAW's floor is 24
    public void Bounds_Contradictions_AreDiagnosed(string effect, string code)
    {
        var result = Read(effect);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == code);
    }

    [Fact]
    public void Bounds_RejectingThePreferredNumber_IsDiagnosed()
    {
        var result = Read("reject: {actor: UAW, issue: wage-rise, max: 28}");
        Assert.False(result.Succeeded);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("PAR040", d.Code);
        Assert.Contains("preferred number 30", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bounds_ContradictingADatedRevision_IsDiagnosedWithItsDate()
    {
        // The 2014 revision moves FORD's preference to 15; a ceiling of 10 would make FORD reject it then.
        string yaml = Yaml.Replace("wage-rise: {accept: {max: 20}}", "wage-rise: {prefer: 15, accept: {max: 20}}", StringComparison.Ordinal)
            .Replace("LEVER", "cap", StringComparison.Ordinal)
            .Replace("EFFECT", "reject: {actor: FORD, issue: wage-rise, max: 10}", StringComparison.Ordinal);
        var result = ScenarioReader.Read(yaml, "wages.yaml");
        Assert.False(result.Succeeded);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("PAR040", d.Code);
        Assert.Contains("as revised on 2014-01-10", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bounds_OneLeverWideningAndNarrowingPastEachOther_IsDiagnosed()
    {
        var result = Read("accept: {actor: FORD, issue: wage-rise, max: 25}\n      - reject: {actor: FORD, issue: wage-rise, max: 15}");
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "PAR040" && d.Message.Contains("contradicts itself", StringComparison.Ordinal));
    }
}
