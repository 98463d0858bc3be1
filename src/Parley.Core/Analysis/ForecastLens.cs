using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Parley.Core.Forecast;
using Parley.Core.Model;

namespace Parley.Core.Analysis;

/// <summary>Runs the forecast lens on every forecastable issue and shapes it for the result.</summary>
internal static class ForecastLens
{
    private static readonly ForecastModel[] PointModels = [ForecastModel.WeightedMean, ForecastModel.WeightedMedian, ForecastModel.ExpectedUtility];

    public static (ImmutableArray<IssueForecast> Forecasts, ImmutableArray<string> Notes) Run(Scenario scenario, AnalysisOptions options, ConcurrentDictionary<string, Lazy<ForecastUncertainty>> cache)
    {
        var inputs = ScenarioForecast.Inputs(scenario);
        var forecasts = ImmutableArray.CreateBuilder<IssueForecast>();
        foreach (var input in inputs.Issues)
        {
            forecasts.Add(Issue(input, options, cache));
        }

        return (forecasts.ToImmutable(), inputs.Notes);
    }

    private static IssueForecast Issue(IssueForecastInput input, AnalysisOptions options, ConcurrentDictionary<string, Lazy<ForecastUncertainty>> cache)
    {
        var problem = input.Input.Problem;
        var settings = ForecastSettings.Default with { StatusQuo = [input.StatusQuo] };
        var models = ImmutableArray.CreateBuilder<ModelEstimate>();
        var path = ImmutableArray<double>.Empty;
        foreach (var model in PointModels)
        {
            var forecast = ForecastModels.Run(problem, model, settings, recordPath: model == ForecastModel.ExpectedUtility)[0];
            models.Add(new ModelEstimate(
                Name(model),
                forecast.Value is double v ? input.ToIssueValue(v) : null,
                forecast.Value is double w ? input.NearestOption(w)?.Id : null,
                forecast.Rounds,
                forecast.Note));
            if (model == ForecastModel.ExpectedUtility)
            {
                path = [.. forecast.Path.Select(input.ToIssueValue)];
            }
        }

        var positions = Enumerable.Range(0, problem.ActorCount)
            .Select(a => new ActorPosition(problem.Actors[a], input.ToIssueValue(problem.Position(a, 0)), problem.Capability(a), problem.Salience(a, 0)))
            .ToImmutableArray();
        string unit = input.Issue.Kind == IssueKind.Numeric ? input.Issue.Range?.Unit ?? "value" : "axis 0–100";
        return new IssueForecast(input.Issue.Id, input.Issue.Name, input.Issue.Track, input.AxisMin, input.AxisMax, unit, positions, models.ToImmutable(), path,
            cache.GetOrAdd(Key(input), _ => new Lazy<ForecastUncertainty>(() => Uncertainty(input, settings, options))).Value);
    }

    // Many levers leave an issue's forecast inputs as they are; the Monte Carlo run depends on nothing
    // else (same inputs and seed, same draws), so variants with equal inputs share one run.
    private static string Key(IssueForecastInput input)
    {
        var p = input.Input.Problem;
        var key = new StringBuilder(input.Issue.Id).Append('|').Append(input.AxisMin.ToString("R", CultureInfo.InvariantCulture)).Append('|')
            .Append(input.AxisMax.ToString("R", CultureInfo.InvariantCulture)).Append('|').Append(input.StatusQuo?.ToString("R", CultureInfo.InvariantCulture));
        for (int a = 0; a < p.ActorCount; a++)
        {
            key.Append('|').Append(p.Actors[a]).Append(':').Append(p.Capability(a).ToString("R", CultureInfo.InvariantCulture))
                .Append(':').Append(p.Position(a, 0).ToString("R", CultureInfo.InvariantCulture)).Append(':').Append(p.Salience(a, 0).ToString("R", CultureInfo.InvariantCulture));
        }

        foreach (var u in input.Input.Inputs)
        {
            var d = u.Distribution;
            key.Append("|u").Append(u.Actor).Append(':').Append(u.Dimension).Append(':').Append(u.Kind).Append(':').Append(d.Kind)
                .Append(':').Append(string.Join(",", new[] { d.Min, d.Max, d.Center, d.Spread }.Select(x => x.ToString("R", CultureInfo.InvariantCulture))));
        }

        foreach (var intervals in input.Input.Acceptable)
        {
            key.Append("|a").Append(intervals.IsDefault ? "-" : string.Join(",", intervals));
        }

        return key.ToString();
    }

    private static ForecastUncertainty Uncertainty(IssueForecastInput input, ForecastSettings settings, AnalysisOptions options)
    {
        int runs = Math.Max(2, options.MonteCarloRuns);

        // Quantile levels i/(runs-1) return the sorted draws themselves, so the histogram below counts
        // the actual draws (exactly so when every draw gives a forecast) through the public result.
        var levels = ImmutableArray.CreateBuilder<double>(runs);
        for (int i = 0; i < runs; i++)
        {
            levels.Add((double)i / (runs - 1));
        }

        var mc = MonteCarloForecast.Run(
            input.Input,
            ForecastModel.ExpectedUtility,
            settings,
            new MonteCarloOptions { Runs = runs, Seed = options.Seed, MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? -1, QuantileLevels = levels.MoveToImmutable() });
        var d = mc.Dimensions[0];
        var sorted = d.Quantiles.Select(q => q.Value).Where(double.IsFinite).ToArray();
        double Q(double level) => sorted.Length == 0 ? double.NaN : input.ToIssueValue(MonteCarloForecast.Quantile(sorted, level));

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

        double medianAxis = sorted.Length == 0 ? double.NaN : MonteCarloForecast.Quantile(sorted, 0.5);
        return new ForecastUncertainty(
            d.Runs,
            mc.Seed,
            input.Input.Inputs.Length,
            input.ToIssueValue(d.Mean),
            d.StandardError * Math.Abs(input.AxisMax - input.AxisMin) / 100.0,
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
