using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Parley.Core.Forecast;
using Parley.Core.Model;
using Parley.Core.Session;
using Parley.Core.Variants;

namespace Parley.Core.Analysis;

/// <summary>Runs the forecast lens on every forecastable issue and shapes it for the result.</summary>
internal static class ForecastLens
{
    /// <summary>
    /// Draws of the spatial model per issue: its rounds cost about 30 times the expected utility model's, so
    /// its distribution is read from fewer draws (the reading's shares carry about ±3.5 % sampling error).
    /// </summary>
    private const int SpatialRuns = 200;

    /// <summary>Tornado bars kept per model and issue (the largest swings, plus every input that flips the reading).</summary>
    private const int SensitivityBars = 10;

    private static readonly ForecastModel[] PointModels = [ForecastModel.WeightedMean, ForecastModel.WeightedMedian, ForecastModel.ExpectedUtility, ForecastModel.SpatialPolitics];

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

    private static IssueForecast Issue(LensSession session, VariantKey variant, IssueForecastInput input, AnalysisOptions options)
    {
        var problem = input.Input.Problem;
        var scale = input.Scale;
        var settings = ForecastSettings.Default with { StatusQuo = [input.StatusQuo] };
        var models = ImmutableArray.CreateBuilder<ModelEstimate>();
        var points = new List<(ForecastModel, double?)>();
        var path = ImmutableArray<double>.Empty;
        ForecastUncertainty? expectedUtility = null;
        var region = VetoAnalysis.Region(input.Input, 0);
        string key = Key(input);
        foreach (var model in PointModels)
        {
            var forecast = session.Forecast(variant, input.Issue.Id, model)!;
            points.Add((model, forecast.Point));
            var run = session.Memo(LensKind.ForecastDistribution, $"{model}|{key}", () => ModelRun(input, model, forecast.Point, settings, options));
            var assessment = VetoAnalysis.Restrict(region, forecast.Point, scale.Options, run.Distribution?.ShareAcceptableToAll ?? double.NaN);
            var checks = VetoAnalysis.Checks(input.Input, 0, forecast.Point, run.Distribution);
            models.Add(new ModelEstimate(
                model,
                forecast.Point is double v ? input.ToIssueValue(v) : null,
                forecast.Point is double w ? input.NearestOption(w)?.Id : null,
                forecast.Rounds,
                forecast.PointNote,
                run.Distribution is null ? Shape(input, DistributionReading.OfPoint(forecast.Point ?? double.NaN)) : run.Uncertainty.Shape,
                [.. checks.Select(c => new VetoShare(problem.Actors[c.Actor], c.Share, c.Accepted))],
                new VetoAwareEstimate(
                    assessment.Value is double r ? input.ToIssueValue(r) : null,
                    assessment.Value is double o && !scale.Options.IsEmpty ? input.NearestOption(o)?.Id : null,
                    assessment.NoneAcceptable || (!scale.Options.IsEmpty && !scale.Options.Any(p => region.Contains(p.Axis))),
                    assessment.Moved,
                    assessment.ShareAcceptable),
                run.Sensitivity));
            if (model == ForecastModel.ExpectedUtility)
            {
                path = [.. forecast.Path.Select(input.ToIssueValue)];
                expectedUtility = run.Uncertainty;
            }
        }

        var positions = Enumerable.Range(0, problem.ActorCount)
            .Select(a => new ActorPosition(problem.Actors[a], input.ToIssueValue(problem.Position(a, 0)), problem.Capability(a), problem.Salience(a, 0)))
            .ToImmutableArray();
        string unit = input.Issue.Kind == IssueKind.Numeric ? input.Issue.Range?.Unit ?? "value" : "axis 0–100";
        var agreement = ModelAgreements.Of(points, scale);
        bool noneAcceptable = region.IsEmpty || (!scale.Options.IsEmpty && region.Restricted && !scale.Options.Any(p => region.Contains(p.Axis)));
        return new IssueForecast(input.Issue.Id, input.Issue.Name, input.Issue.Track, input.AxisMin, input.AxisMax, unit, positions, models.ToImmutable(), path,
            expectedUtility!,
            new ForecastAgreement(
                agreement.Agree,
                double.IsFinite(agreement.Low) ? input.ToIssueValue(agreement.Low) : double.NaN,
                double.IsFinite(agreement.High) ? input.ToIssueValue(agreement.High) : double.NaN,
                [.. agreement.Options.Select(i => scale.Options[i].Id)]),
            [.. input.Input.VetoHolders.Select(a => problem.Actors[a])],
            noneAcceptable);
    }

    // The Monte Carlo run depends on nothing but the issue's forecast inputs and the seed, so variants
    // with equal inputs share one run per model.
    private static string Key(IssueForecastInput input)
    {
        var key = new StringBuilder(input.Fingerprint());
        key.Append("|v").Append(string.Join(",", input.Input.VetoHolders));
        key.Append("|o").Append(string.Join(",", input.Issue.Options.Select(o => $"{o.Id}:{o.Axis?.ToString("R", CultureInfo.InvariantCulture)}")));
        return key.ToString();
    }

    private static ForecastModelRun ModelRun(IssueForecastInput input, ForecastModel model, double? point, ForecastSettings settings, AnalysisOptions options)
    {
        int runs = Math.Max(2, model == ForecastModel.SpatialPolitics ? Math.Min(SpatialRuns, options.MonteCarloRuns) : options.MonteCarloRuns);

        // Quantile levels i/(runs-1) return the sorted draws themselves, so the histogram below counts
        // the actual draws (exactly so when every draw gives a forecast) through the public result.
        var levels = ImmutableArray.CreateBuilder<double>(runs);
        for (int i = 0; i < runs; i++)
        {
            levels.Add((double)i / (runs - 1));
        }

        var mc = MonteCarloForecast.Run(
            input.Input,
            model,
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
        var problem = input.Input.Problem;
        var uncertainty = new ForecastUncertainty(
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
            histogram.MoveToImmutable(),
            Shape(input, d.Shape),
            [.. d.Acceptance.Select(a => new ActorShare(problem.Actors[a.Actor], a.Probability))],
            d.ShareAcceptableToAll);

        var tornado = point is null || !options.ForecastSensitivity
            ? []
            : ForecastSensitivity.Tornado(input.Input, 0, model, settings, input.Input.Inputs.IsEmpty ? null : d.Shape, input.Scale.Options);
        var bars = tornado.Select(e => new SensitivityBar(
            problem.Actors[e.Input.Actor],
            e.Input.Kind,
            e.Input.Kind == ForecastInputKind.Position ? input.ToIssueValue(e.Input.Distribution.Min) : e.Input.Distribution.Min,
            e.Input.Kind == ForecastInputKind.Position ? input.ToIssueValue(e.Input.Distribution.Max) : e.Input.Distribution.Max,
            input.ToIssueValue(e.AtMinimum),
            input.ToIssueValue(e.AtMaximum),
            e.RangeStated,
            e.FlipsMode)).Where((b, i) => i < SensitivityBars || b.FlipsMode).ToImmutableArray();
        return new ForecastModelRun(uncertainty, bars, input.Input.Inputs.IsEmpty ? null : d);
    }

    private static ForecastShape Shape(IssueForecastInput input, DistributionShape axis)
    {
        var unit = DistributionReading.Map(axis, input.ToIssueValue);
        var modes = axis.Modes.Select((m, i) => new ModeEstimate(unit.Modes[i].Value, input.NearestOption(m.Value)?.Id, m.Share, unit.Modes[i].Low, unit.Modes[i].High));
        return new ForecastShape(axis.Reading, [.. modes], unit.Spread, axis.Draws);
    }
}
