namespace Parley.Core.Forecast;

/// <summary>Builds the <see cref="ForecastAssessment"/> of a model's forecast: reading, vetoes, veto-aware forecast, tornado.</summary>
public static class ForecastAssessments
{
    /// <summary>Assesses <paramref name="forecast"/> on dimension <paramref name="dimension"/> of <paramref name="input"/>.</summary>
    /// <param name="input">The problem, its uncertain inputs, acceptable sets and veto holders.</param>
    /// <param name="dimension">The dimension.</param>
    /// <param name="forecast">The model's point forecast.</param>
    /// <param name="distribution">Its Monte Carlo distribution, or null when none was run (the reading is then a point).</param>
    /// <param name="scale">The dimension's scale (options for discrete issues).</param>
    /// <param name="settings">Model settings for the tornado; defaults when null.</param>
    /// <param name="withSensitivity">Whether to run the tornado (2 × 3 × actors model runs).</param>
    public static ForecastAssessment Of(
        UncertainForecastProblem input,
        int dimension,
        ModelForecast forecast,
        ForecastDistribution? distribution,
        IssueScale scale,
        ForecastSettings? settings,
        bool withSensitivity)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(forecast);
        ArgumentNullException.ThrowIfNull(scale);
        var shape = distribution?.Shape ?? DistributionReading.OfPoint(forecast.Value ?? double.NaN);
        var region = VetoAnalysis.Region(input, dimension);
        double share = distribution?.ShareAcceptableToAll ?? double.NaN;
        var sensitivity = withSensitivity && forecast.Value is not null && forecast.Model != ForecastModel.StatusQuo
            ? ForecastSensitivity.Tornado(input, dimension, forecast.Model, settings, shape, scale.Options)
            : [];
        return new ForecastAssessment(
            forecast.Model,
            shape,
            VetoAnalysis.Checks(input, dimension, forecast.Value, distribution),
            VetoAnalysis.Restrict(region, forecast.Value, scale.Options, share),
            sensitivity);
    }
}
