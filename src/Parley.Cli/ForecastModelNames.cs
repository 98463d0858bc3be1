using Parley.Core.Forecast;

namespace Parley.Cli;

/// <summary>The names of forecast models on the command line.</summary>
public static class ForecastModelNames
{
    /// <summary>Canonical names, in display order.</summary>
    public static IReadOnlyList<string> All { get; } = ["weightedMean", "weightedMedian", "strongestActor", "statusQuo", "expectedUtility", "spatialPolitics"];

    /// <summary>The model named <paramref name="name"/> (canonical name or alias, any case), or null.</summary>
    public static ForecastModel? TryParse(string name) => name.ToUpperInvariant() switch
    {
        "WEIGHTEDMEAN" or "MEAN" or "COMPROMISE" => ForecastModel.WeightedMean,
        "WEIGHTEDMEDIAN" or "MEDIAN" => ForecastModel.WeightedMedian,
        "STRONGESTACTOR" or "STRONGEST" => ForecastModel.StrongestActor,
        "STATUSQUO" or "SQ" => ForecastModel.StatusQuo,
        "EXPECTEDUTILITY" or "EUM" => ForecastModel.ExpectedUtility,
        "SPATIALPOLITICS" or "SMP" or "KTAB" => ForecastModel.SpatialPolitics,
        _ => null,
    };
}
