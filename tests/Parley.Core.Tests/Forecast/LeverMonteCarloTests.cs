using System.Collections.Immutable;
using Parley.Core.Forecast;
using Parley.Core.Levers;
using Parley.Core.Model;

namespace Parley.Core.Tests.Forecast;

/// <summary>Levers reach the Monte Carlo draws: a lever's change moves the figure's distribution with it.</summary>
public sealed class LeverMonteCarloTests
{
    // Two blocs on one numeric issue: West (W at 0, its ally V at 20) and East (E at 100, its ally F at
    // 80), equally capable and equally uncertain; the lever doubles West's capability.
    internal static Scenario TwoBlocs()
    {
        static Figure Uncertain(double value, double low, double high) => new(value, Provenance.Assumption, Distribution.Uniform(low, high), [], null);
        var actors = ImmutableArray.Create(
            new Actor("W", "West", ActorRole.Party, Uncertain(0.3, 0.2, 0.4), [], null, []),
            new Actor("V", "West's ally", ActorRole.Party, Uncertain(0.2, 0.1, 0.3), [], null, []),
            new Actor("E", "East", ActorRole.Party, Uncertain(0.3, 0.2, 0.4), [], null, []),
            new Actor("F", "East's ally", ActorRole.Party, Uncertain(0.2, 0.1, 0.3), [], null, []));
        var issue = new Issue("border", "Border", "t", IssueKind.Numeric, [], new NumericRange(0, 100, "km", null), [], null, null);
        IssuePosition Stand(double value) => new("border", null, value, [], null, Uncertain(0.5, 0.4, 0.6), [], Provenance.Stated, null, []);
        var positions = ImmutableArray.Create(
            new Position("W", [Stand(0)], Figure.Assumed(0.3), []),
            new Position("V", [Stand(20)], Figure.Assumed(0.3), []),
            new Position("E", [Stand(100)], Figure.Assumed(0.3), []),
            new Position("F", [Stand(80)], Figure.Assumed(0.3), []));
        var lever = new Lever("double-west", "West doubles its clout", "W", [new CapabilityChange("W", new ValueChange(ChangeMode.Multiply, 2))], null, null, Provenance.Assumption, []);
        return new Scenario("two-blocs", "Two blocs", null, [], actors, [issue], positions, [], [lever], []);
    }

    private static double Median(Scenario scenario, IEnumerable<string> levers, ForecastModel model)
    {
        var input = ScenarioForecast.Inputs(scenario, levers).Issues[0].Input;
        var result = MonteCarloForecast.Run(input, model, options: new MonteCarloOptions { Runs = 400, Seed = 3, QuantileLevels = [0.5] });
        return result.Dimensions[0].Quantiles[0].Value;
    }

    [Theory]
    [InlineData(ForecastModel.WeightedMean)]
    [InlineData(ForecastModel.ExpectedUtility)]
    public void MonteCarlo_LeverDoublesOneBlocsCapability_MovesTheMedianTowardIt(ForecastModel model)
    {
        var scenario = TwoBlocs();
        double given = Median(scenario, [], model);
        double pulled = Median(scenario, ["double-west"], model);
        Assert.True(pulled < given - 5, $"median as given {given}, with the lever {pulled}");
    }

    [Fact]
    public void Apply_CapabilityMultiplied_ScalesTheRangeAndClipsItToZeroOne()
    {
        var scenario = LeverApplication.Apply(TwoBlocs(), ["double-west"]);
        var capability = scenario.Actors[0].Capability!;
        Assert.Equal(0.6, capability.Value, 12);
        Assert.Equal(0.4, capability.Uncertainty!.Min, 12);
        Assert.Equal(0.8, capability.Uncertainty.Max, 12);

        var near = LeverApplication.Apply(TwoBlocs(), new CapabilityChange("W", new ValueChange(ChangeMode.Set, 0.95)));
        Assert.Equal(0.85, near.Actors[0].Capability!.Uncertainty!.Min, 12);
        Assert.Equal(1.0, near.Actors[0].Capability!.Uncertainty!.Max, 12);
    }

    [Fact]
    public void WithValue_ShiftsTheRangeByTheChange()
    {
        var figure = new Figure(0.5, Provenance.Assumption, new Distribution(DistributionKind.Triangular, 0.4, 0.7, 0.5, 0), [], null);
        var moved = figure.WithValue(0.2);
        Assert.Equal(0.1, moved.Uncertainty!.Min, 12);
        Assert.Equal(0.4, moved.Uncertainty.Max, 12);
        Assert.Equal(0.2, moved.Uncertainty.Center, 12);
        var added = figure.WithChange(new ValueChange(ChangeMode.Add, 0.1));
        Assert.Equal(0.5, added.Uncertainty!.Min, 12);
        Assert.Equal(0.6, added.Value, 12);
    }
}
