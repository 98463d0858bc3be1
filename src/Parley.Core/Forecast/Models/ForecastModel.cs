namespace Parley.Core.Forecast;

/// <summary>The forecast models Parley runs.</summary>
public enum ForecastModel
{
    /// <summary>Capability × salience-weighted mean (the compromise model).</summary>
    WeightedMean,

    /// <summary>Capability × salience-weighted median (the median voter).</summary>
    WeightedMedian,

    /// <summary>Position of the actor with the largest capability × salience.</summary>
    StrongestActor,

    /// <summary>The status quo (reference point) holds.</summary>
    StatusQuo,

    /// <summary>Bueno de Mesquita's expected utility model (Scholz et al. reconstruction).</summary>
    ExpectedUtility,

    /// <summary>KTAB-style spatial model of politics.</summary>
    SpatialPolitics,
}
