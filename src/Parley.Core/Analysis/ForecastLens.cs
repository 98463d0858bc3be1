using System.Collections.Immutable;
using Parley.Core.Forecast;
using Parley.Core.Model;
using Parley.Core.Session;
using Parley.Core.Variants;

namespace Parley.Core.Analysis;

/// <summary>Runs the forecast lens on every forecastable issue and shapes it for the result.</summary>
internal static class ForecastLens
{
    private static readonly ForecastModel[] PointModels = [ForecastModel.WeightedMean, ForecastModel.WeightedMedian, ForecastModel.ExpectedUtility];

    public static (ImmutableArray<IssueForecast> Forecasts, ImmutableArray<string> Notes) Run(LensSession session, VariantKey key, AnalysisOptions options)
    {
        var inputs = session.ForecastInputs(key)!;
        var forecasts = ImmutableArray.CreateBuilder<IssueForecast>();
        foreach (var input in inputs.Issues)
        {
            forecasts.Add(Issue(session, key, input, options));
        }

        return (forecasts.ToImmutable(), inputs.Notes);
    }

    private static IssueForecast Issue(LensSession session, VariantKey key, IssueForecastInput input, AnalysisOptions options)
    {
        var problem = input.Input.Problem;
        var models = ImmutableArray.CreateBuilder<ModelEstimate>();
        var path = ImmutableArray<double>.Empty;
        ForecastLensResult? uncertain = null;
        foreach (var model in PointModels)
        {
            var forecast = session.Forecast(key, input.Issue.Id, model)!;
            models.Add(new ModelEstimate(
                Name(model),
                forecast.Point is double v ? input.ToIssueValue(v) : null,
                forecast.Point is double w ? input.NearestOption(w)?.Id : null,
                forecast.Rounds,
                forecast.PointNote));
            if (model == ForecastModel.ExpectedUtility)
            {
                path = [.. forecast.Path.Select(input.ToIssueValue)];
                uncertain = session.ForecastDistribution(key, input.Issue.Id, model);
            }
        }

        var positions = Enumerable.Range(0, problem.ActorCount)
            .Select(a => new ActorPosition(problem.Actors[a], input.ToIssueValue(problem.Position(a, 0)), problem.Capability(a), problem.Salience(a, 0)))
            .ToImmutableArray();
        string unit = input.Issue.Kind == IssueKind.Numeric ? input.Issue.Range?.Unit ?? "value" : "axis 0–100";
        return new IssueForecast(input.Issue.Id, input.Issue.Name, input.Issue.Track, input.AxisMin, input.AxisMax, unit, positions, models.ToImmutable(), path,
            Uncertainty(uncertain!, options));
    }

    private static ForecastUncertainty Uncertainty(ForecastLensResult forecast, AnalysisOptions options)
    {
        var input = forecast.Input;
        var sorted = forecast.SortedDraws.IsDefaultOrEmpty && forecast.Point is double p ? [p] : forecast.SortedDraws;
        double Q(double level) => sorted.IsEmpty ? double.NaN : input.ToIssueValue(MonteCarloForecast.Quantile(sorted.AsSpan(), level));

        int bins = Math.Max(1, options.HistogramBins);
        var counts = new int[bins];
        foreach (double axis in sorted)
        {
            int b = Math.Clamp((int)Math.Floor(axis / 100.0 * bins), 0, bins - 1);
            counts[b]++;
        }

        var histogram = ImmutableArray.CreateBuilder<HistogramBin>(bins);
        for (int b = 0; b < bins; b++)
        {
            histogram.Add(new HistogramBin(input.ToIssueValue(100.0 * b / bins), input.ToIssueValue(100.0 * (b + 1) / bins), counts[b]));
        }

        var d = forecast.MonteCarlo?.Dimensions[0];
        double medianAxis = sorted.IsEmpty ? double.NaN : MonteCarloForecast.Quantile(sorted.AsSpan(), 0.5);
        return new ForecastUncertainty(
            d?.Runs ?? sorted.Length,
            forecast.MonteCarlo?.Seed ?? 0,
            input.Input.Inputs.Length,
            d is null ? Q(0.5) : input.ToIssueValue(d.Mean),
            d is null ? 0 : d.StandardError * Math.Abs(input.AxisMax - input.AxisMin) / 100.0,
            Q(0.05),
            Q(0.25),
            Q(0.5),
            Q(0.75),
            Q(0.95),
            double.IsFinite(medianAxis) ? input.NearestOption(medianAxis)?.Id : null,
            histogram.MoveToImmutable());
    }

    public static string Name(ForecastModel model) => model switch
    {
        ForecastModel.WeightedMean => "weighted mean",
        ForecastModel.WeightedMedian => "weighted median",
        ForecastModel.ExpectedUtility => "expected utility (Bueno de Mesquita)",
        ForecastModel.SpatialPolitics => "spatial model of politics",
        ForecastModel.StrongestActor => "strongest actor",
        _ => "status quo",
    };
}
