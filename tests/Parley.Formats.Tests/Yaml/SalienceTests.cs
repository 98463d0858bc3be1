using Parley.Core.Forecast;
using Parley.Core.Model;
using Parley.Core.Session;
using Parley.Core.Variants;
using Parley.Formats.Tests.Writing;
using Parley.Formats.Writing;
using Parley.Formats.Yaml;
using Parley.Tests;

namespace Parley.Formats.Tests.Yaml;

/// <summary>An issue stand's absolute <c>salience</c>: read beside the weight, kept by revisions, written back, and read by the forecast lens.</summary>
public sealed class SalienceTests
{
    private static Scenario Read() =>
        ScenarioReader.ReadFile(RepoPaths.InRepo("tests", "Parley.Formats.Tests", "TestData", "valid", "saliences.yaml")).Value!;

    [Fact]
    public void Read_SalienceBesideWeight_IsKeptAsWritten_NotNormalised()
    {
        var scenario = Read();
        var a = scenario.PositionOf("A")!;
        Assert.Equal(0.6, a.On("tax")!.Salience!.Value);
        Assert.Equal(0.25, a.On("tax")!.Weight.Value);
        var scope = a.On("scope")!.Salience!;
        Assert.Equal((0.2, Provenance.Stated, "S1"), (scope.Value, scope.Provenance, Assert.Single(scope.Sources)));
        Assert.Equal((0.1, 0.3), (scope.Uncertainty!.Min, scope.Uncertainty.Max));
        Assert.Null(a.On("days")!.Salience);
        Assert.Equal(Provenance.Inferred, scenario.PositionOf("B")!.On("scope")!.Salience!.Provenance);
    }

    [Fact]
    public void Revision_GivesANewSalience_AndKeepsTheWeightInForce()
    {
        var asOf = Read().PositionOf("A")!.AsOf(new DateOnly(2025, 3, 2));
        var tax = asOf.On("tax")!;
        Assert.Equal((20.0, 0.7, 0.25), (tax.PreferredValue!.Value, tax.Salience!.Value, tax.Weight.Value));
        Assert.Equal(0.2, asOf.On("scope")!.Salience!.Value);
    }

    [Fact]
    public void WriteThenRead_KeepsEverySalience_AndAChangedOneShows()
    {
        var scenario = Read();
        string yaml = ScenarioYamlWriter.Write(scenario).Yaml;
        Assert.Contains("salience:", yaml, StringComparison.Ordinal);
        var back = ScenarioReader.Read(yaml, "written.yaml");
        Assert.True(back.Succeeded, string.Join("\n", back.Diagnostics));
        Assert.Null(ScenarioEquivalence.FirstDifference(scenario, back.Value));

        var a = scenario.PositionOf("A")!;
        var moved = scenario.With(positions: scenario.Positions.SetItem(0, a with { Issues = a.Issues.SetItem(0, a.Issues[0] with { Salience = null }) }));
        Assert.StartsWith("scenario.Positions[0].Issues[0].Salience", ScenarioEquivalence.FirstDifference(scenario, moved), StringComparison.Ordinal);
    }

    [Fact]
    public void ForecastInputs_TakeTheSalienceWhereGiven_ElseTheWeight_WithTheSaliencesUncertainty()
    {
        var inputs = new LensSession(Read()).ForecastInputs(VariantKey.AsGiven)!;
        var tax = inputs.Issues.Single(i => i.Issue.Id == "tax").Input;
        Assert.Equal([0.6, 0.1, 0.0], Enumerable.Range(0, 3).Select(a => tax.Problem.Salience(a, 0)));
        Assert.Equal([10.0, 60, 90], Enumerable.Range(0, 3).Select(a => tax.Problem.Position(a, 0)));

        var scope = inputs.Issues.Single(i => i.Issue.Id == "scope").Input;
        Assert.Equal([0.2, 0.05, 1.0], Enumerable.Range(0, 3).Select(a => scope.Problem.Salience(a, 0)));
        var uncertain = Assert.Single(scope.Inputs);
        Assert.Equal((0, ForecastInputKind.Salience, 0.1), (uncertain.Actor, uncertain.Kind, uncertain.Distribution.Min));

        var days = inputs.Issues.Single(i => i.Issue.Id == "days").Input;
        Assert.Equal([0.5, 0.5], Enumerable.Range(0, 2).Select(a => days.Problem.Salience(a, 0)));

        // With saliences, C (salience 0 on tax) does not pull the weighted mean; with weights alone it would.
        var mean = new LensSession(Read()).Forecast(VariantKey.AsGiven, "tax", ForecastModel.WeightedMean)!.Point!.Value;
        Assert.Equal(((1 * 0.6 * 10) + (0.5 * 0.1 * 60)) / ((1 * 0.6) + (0.5 * 0.1)), mean, 12);
    }
}
