using Parley.Core.Forecast;
using Parley.Formats.Deu;
using Parley.Tests;
using Xunit.Abstractions;

namespace Parley.Formats.Tests.Deu;

public sealed class DeuReaderTests(ITestOutputHelper output)
{
    private static readonly Lazy<DeuDataset> Dataset = new(() =>
    {
        var result = DeuReader.ReadFile(FormatsReference.Forecasting("deu3.csv"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Value!;
    });

    [ReferenceFact]
    public void ReadFile_Deu3_ReadsCapabilityRowAndAllIssues()
    {
        var data = Dataset.Value;
        Assert.Equal(30, data.Actors.Length);
        Assert.Equal("com", data.Actors[0]);
        Assert.Equal(4.1, data.Capabilities[0]);
        Assert.Equal(364, data.Issues.Length);
        Assert.Equal(353, data.Issues.Count(i => i.Outcome is not null));
        Assert.Equal(261, data.Issues.Count(i => i.ReferencePoint is not null));
        Assert.Equal(2, data.Issues.Min(i => i.Problem.ActorCount));
        Assert.Equal(30, data.Issues.Max(i => i.Problem.ActorCount));
    }

    [ReferenceFact]
    public void Evaluate_Deu3_WeightedMeanAndMedianMatchMeasuredAccuracy()
    {
        var cases = DeuEvaluation.Cases(Dataset.Value);
        Assert.Equal(353, cases.Count);
        var rows = ForecastEvaluation.Run(cases, includeDynamic: false);
        foreach (var row in rows)
        {
            output.WriteLine($"{row.Model,-40} {row.Issues,4} {row.MeanAbsoluteError,7:F2} {row.MedianAbsoluteError,7:F2}  {row.Note}");
        }

        Assert.Equal(23.22, rows.Single(r => r.Model.StartsWith("Weighted mean (", StringComparison.Ordinal)).MeanAbsoluteError, 2);
        Assert.Equal(253, rows.Single(r => r.Model.StartsWith("Status quo", StringComparison.Ordinal)).Issues);
        Assert.Equal(51.11, rows.Single(r => r.Model.StartsWith("Status quo", StringComparison.Ordinal)).MeanAbsoluteError, 2);
        Assert.Equal(27.58, rows.Single(r => r.Model == "Weighted median").MeanAbsoluteError, 2);
        var fitted = rows.Single(r => r.Model.Contains("fitted", StringComparison.Ordinal));
        Assert.Equal(353, fitted.Issues);
        Assert.Contains("cross-validation", fitted.Note, StringComparison.Ordinal);
    }

    [ReferenceFact]
    public void Evaluate_Deu3Sample_DynamicModelsScoreEveryIssue()
    {
        var cases = DeuEvaluation.Cases(Dataset.Value).Take(30).ToList();
        var rows = ForecastEvaluation.Run(cases, folds: 3);
        Assert.Equal(9, rows.Length);
        Assert.StartsWith("Combined", rows[0].Model, StringComparison.Ordinal);
        Assert.All(rows.Where(r => !r.Model.StartsWith("Status quo", StringComparison.Ordinal)), r => Assert.Equal(30, r.Issues));
        Assert.All(rows, r => Assert.InRange(r.MeanAbsoluteError, 0, 100));
    }
}
