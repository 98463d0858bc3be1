using System.Collections.Immutable;

namespace Parley.Core.Forecast;

/// <summary>Settings shared by the models when they are run through <see cref="ForecastModels"/>.</summary>
public sealed record ForecastSettings
{
    /// <summary>Defaults of every model, no status quo.</summary>
    public static ForecastSettings Default { get; } = new();

    /// <summary>Settings of the expected utility model.</summary>
    public ExpectedUtilityOptions ExpectedUtility { get; init; } = ExpectedUtilityOptions.ScholzCompatible;

    /// <summary>Settings of the spatial model.</summary>
    public SpatialPoliticsOptions SpatialPolitics { get; init; } = SpatialPoliticsOptions.Default;

    /// <summary>Per dimension, the status quo on the axis, or null where none is recorded.</summary>
    public ImmutableArray<double?> StatusQuo { get; init; } = [];

    /// <summary>The status quo of <paramref name="dimension"/>, or null.</summary>
    public double? StatusQuoOf(int dimension) =>
        !StatusQuo.IsDefaultOrEmpty && dimension < StatusQuo.Length ? StatusQuo[dimension] : null;
}
