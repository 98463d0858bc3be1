using System.Collections.Immutable;
using Parley.Core.Forecast;
using Parley.Core.Model;

namespace Parley.Core.Tests.Forecast;

public sealed class ScenarioForecastTests
{
    private static Figure F(double v) => Figure.Assumed(v);

    private static Scenario Build(ImmutableArray<Lever> levers = default)
    {
        var actors = ImmutableArray.Create(
            new Actor("A", "Alpha", ActorRole.Party, new Figure(0.6, Provenance.Assumption, Distribution.Uniform(0.4, 0.8), [], null), [], null, []),
            new Actor("B", "Beta", ActorRole.Party, F(0.4), [], null, []),
            new Actor("C", "Gamma", ActorRole.Observer, null, [], null, []));
        var discrete = new Issue("d", "Discrete", "t", IssueKind.Discrete,
            [new IssueOption("lo", "low", 0), new IssueOption("mid", "middle", 50), new IssueOption("hi", "high", 100)],
            null, [], "mid", null);
        var numeric = new Issue("n", "Numeric", "t", IssueKind.Numeric, [], new NumericRange(0, 200, "km", null), [], "50", null);
        var noAxis = new Issue("x", "No axis", "t", IssueKind.Discrete, [new IssueOption("a", "a", null), new IssueOption("b", "b", null)], null, [], null, null);
        IssuePosition Stand(string issue, string? pref, double? value, ImmutableArray<string> acceptable, NumericRange? range, Figure w) =>
            new(issue, pref, value, acceptable, range, w, issue switch { "d" => [1, 0.5, 0], "x" => [1, 0], _ => [] }, Provenance.Stated, null, []);
        var positions = ImmutableArray.Create(
            new Position("A", [Stand("d", "lo", null, ["lo", "mid"], null, new Figure(0.5, Provenance.Assumption, Distribution.Uniform(0.3, 0.7), [], null)), Stand("n", null, 20, [], new NumericRange(0, 100, "km", null), F(0.3)), Stand("x", "a", null, ["a", "b"], null, F(0.2))], F(0.3), []),
            new Position("B", [Stand("d", "hi", null, ["lo", "mid", "hi"], null, F(0.6)), Stand("n", null, 180, [], new NumericRange(0, 200, "km", null), F(0.4))], F(0.3), []),
            new Position("C", [Stand("d", "mid", null, ["lo", "mid", "hi"], null, F(1.0))], F(0.3), []));
        return new Scenario("s", "S", null, [], actors, [discrete, numeric, noAxis], positions, [], levers.IsDefault ? [] : levers, []);
    }

    [Fact]
    public void Inputs_VetoHoldersAreTheConsentingActorsWithAPosition()
    {
        var inputs = ScenarioForecast.Inputs(Build());
        var d = inputs.Issues[0];
        Assert.Equal([0, 1], d.Input.VetoHolders.ToArray());
        var region = VetoAnalysis.Region(d.Input, 0);
        Assert.True(region.Restricted);
        Assert.True(region.Contains(50));
        Assert.False(region.Contains(90));
        Assert.Equal(["lo", "mid", "hi"], d.Scale.Options.Select(o => o.Id).ToArray());
        Assert.Equal("km", inputs.Issues[1].Scale.Unit);
    }

    [Fact]
    public void Inputs_MapsAxesWeightsCapabilitiesAndUncertainty()
    {
        var inputs = ScenarioForecast.Inputs(Build());
        Assert.Equal(["d", "n"], inputs.Issues.Select(i => i.Issue.Id).ToArray());
        Assert.Contains(inputs.Notes, n => n.Contains("'x'", StringComparison.Ordinal) && n.Contains("axis", StringComparison.Ordinal));
        Assert.Contains(inputs.Notes, n => n.Contains("'C'", StringComparison.Ordinal) && n.Contains("capability", StringComparison.Ordinal));

        var d = inputs.Issues[0];
        var p = d.Input.Problem;
        Assert.Equal(["A", "B"], p.Actors.ToArray());
        Assert.Equal(0, p.Position(0, 0));
        Assert.Equal(100, p.Position(1, 0));
        Assert.Equal(0.5, p.Salience(0, 0));
        Assert.Equal(0.6, p.Capability(0));
        Assert.Equal(50, d.StatusQuo);
        Assert.Equal(2, d.Input.Inputs.Length);
        Assert.True(d.Input.Accepts(0, 0, 70));
        Assert.False(d.Input.Accepts(0, 0, 80));
        Assert.True(d.Input.Accepts(1, 0, 0));

        var n = inputs.Issues[1];
        Assert.Equal(10, n.Input.Problem.Position(0, 0), 12);
        Assert.Equal(90, n.Input.Problem.Position(1, 0), 12);
        Assert.Equal(25, n.StatusQuo);
        Assert.True(n.Input.Accepts(0, 0, 50));
        Assert.False(n.Input.Accepts(0, 0, 51));
        Assert.Equal(100, n.ToIssueValue(50), 12);
        Assert.Equal("mid", d.NearestOption(60)!.Id);
    }

    [Fact]
    public void Inputs_LeverRaisingCapability_MovesTheWeightedMeanTowardThatActor()
    {
        var lever = new Lever("boost", "Boost B", "B", [new CapabilityChange("B", new ValueChange(ChangeMode.Set, 0.9))], null, null, Provenance.Assumption, []);
        var scenario = Build([lever]);
        double before = WeightedMean.Of(ScenarioForecast.Inputs(scenario).Issues[0].Input.Problem, 0);
        double after = WeightedMean.Of(ScenarioForecast.Inputs(scenario, ["boost"]).Issues[0].Input.Problem, 0);
        Assert.True(after > before);
    }
}
