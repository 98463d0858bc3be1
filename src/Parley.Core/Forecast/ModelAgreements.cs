using System.Collections.Immutable;

namespace Parley.Core.Forecast;

/// <summary>Compares the point forecasts of weighted mean, weighted median, expected utility and spatial model on one issue.</summary>
public static class ModelAgreements
{
    /// <summary>The models whose agreement is judged: the compromise and median baselines and the two dynamic models.</summary>
    public static ImmutableArray<ForecastModel> Compared { get; } =
        [ForecastModel.WeightedMean, ForecastModel.WeightedMedian, ForecastModel.ExpectedUtility, ForecastModel.SpatialPolitics];

    /// <summary>Whether the forecasts agree; with fewer than two comparable forecasts they agree trivially.</summary>
    /// <param name="forecasts">Each model's forecast on the axis (others than <see cref="Compared"/> and null values are ignored).</param>
    /// <param name="scale">The dimension's scale (its options decide the option test).</param>
    /// <param name="thresholds">Thresholds; the defaults when null.</param>
    public static ModelAgreement Of(IEnumerable<(ForecastModel Model, double? Value)> forecasts, IssueScale scale, ReadingThresholds? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(forecasts);
        ArgumentNullException.ThrowIfNull(scale);
        var t = thresholds ?? ReadingThresholds.Default;
        var models = ImmutableArray.CreateBuilder<ForecastModel>();
        double low = double.PositiveInfinity;
        double high = double.NegativeInfinity;
        var options = new SortedSet<int>();
        foreach (var (model, value) in forecasts)
        {
            if (!Compared.Contains(model) || value is not double v || !double.IsFinite(v))
            {
                continue;
            }

            models.Add(model);
            low = Math.Min(low, v);
            high = Math.Max(high, v);
            if (!scale.Options.IsDefaultOrEmpty)
            {
                options.Add(scale.NearestOption(v));
            }
        }

        if (models.Count == 0)
        {
            return new ModelAgreement(true, double.NaN, double.NaN, [], []);
        }

        bool agree = high - low <= t.AgreementWidth * 100 && options.Count <= 1;
        return new ModelAgreement(agree, low, high, models.ToImmutable(), [.. options]);
    }
}
