using Parley.Core.Dynamics;
using Parley.Core.Model;
using Parley.Formats.Yaml;

namespace Parley.Formats.Tests.Yaml;

/// <summary>Dated positions read from YAML: revisions laid over the stand in force, and the window they open.</summary>
public sealed class RevisionSectionTests
{
    private const string Yaml = """
        title: A wage round whose offers converge
        sources:
          - {id: S1, title: First offer}
          - {id: S2, title: Later offer}
        actors:
          - {id: FORD, role: party}
          - {id: UAW, role: party}
        issues:
          - {id: wage-rise, track: pay, range: {min: 0, max: 30, unit: "%", step: 1}}
          - {id: pension, track: pay, options: [kept, cut]}
        positions:
          - actor: FORD
            date: 2013-11-01
            sources: [S1]
            issues:
              wage-rise: {prefer: 0, accept: {max: 9}, weight: 0.8}
              pension: {prefer: cut, weight: 0.2}
            revisions:
              - date: 2014-01-10
                sources: [S2]
                issues:
                  wage-rise: {accept: {max: 20}}
              - date: 2014-05-20
                walk-away: 0.1
                issues:
                  wage-rise: {accept: {max: 25}}
          - actor: UAW
            issues:
              wage-rise: {prefer: 30, accept: {min: 24}}
              pension: {prefer: kept, accept: [kept]}
        dynamics:
          horizon: {length: 12, unit: months, start: 2013-11}
        """;

    private static Scenario Read(string yaml)
    {
        var result = ScenarioReader.Read(yaml, "wages.yaml");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Value!;
    }

    [Fact]
    public void Read_Revisions_LayChangedKeysOverTheStandInForce()
    {
        var ford = Read(Yaml).PositionOf("FORD")!;
        Assert.Equal(new DateOnly(2013, 11, 1), ford.Date);
        Assert.Equal(2, ford.Revisions.Length);
        var first = ford.Revisions[0];
        Assert.Equal(new DateOnly(2014, 1, 10), first.Date);
        Assert.Equal(["S2"], first.Sources.ToArray());
        var stand = Assert.Single(first.Issues);
        Assert.Equal(20, stand.AcceptableRange!.Max);
        Assert.Equal(0, stand.PreferredValue);
        Assert.Equal(0.8, stand.Weight.Value, 12);
        Assert.Null(first.WalkAway);
        Assert.Equal(0.1, ford.Revisions[1].WalkAway!.Value, 12);

        var asOf = ford.AsOf(new DateOnly(2014, 3, 1));
        Assert.Equal(20, asOf.On("wage-rise")!.AcceptableRange!.Max);
        Assert.Equal("cut", asOf.On("pension")!.Preferred);
        Assert.Equal(0, asOf.WalkAway.Value);
    }

    [Fact]
    public void Dynamics_ConvergingRevisions_OpenTheWindowOnTheirDate()
    {
        var track = Assert.Single(DealWindows.Over(Read(Yaml), new DealWindowOptions()).Tracks);
        var window = Assert.Single(track.Windows);
        Assert.Equal(new DateOnly(2014, 5, 20), window.OpensByDate);
        Assert.Contains("2014-05-20", track.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2014-13-01", "PAR062")]
    [InlineData("2013-10-01", "PAR062")]
    public void Read_BadRevisionDate_IsReported(string date, string code)
    {
        var result = ScenarioReader.Read(Yaml.Replace("2014-01-10", date, StringComparison.Ordinal), "wages.yaml");
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == code);
    }
}
