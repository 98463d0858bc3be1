using System.Collections.Immutable;

namespace Parley.Core.Forecast;

/// <summary>The shape of a forecast's distribution: its modes, its spread and what it says.</summary>
/// <param name="Modes">Modes holding at least <see cref="ReadingThresholds.MinModeShare"/> of the draws, largest share first.</param>
/// <param name="Spread">5/25/50/75/95 % quantiles.</param>
/// <param name="Reading">Point, split or undetermined.</param>
/// <param name="Draws">How many draws the shape was read from (1 for a forecast without uncertain inputs).</param>
public sealed record DistributionShape(ImmutableArray<ForecastMode> Modes, ForecastSpread Spread, ForecastReading Reading, int Draws)
{
    /// <summary>The mode holding most draws, or null when there is none.</summary>
    public ForecastMode? Main => Modes.IsDefaultOrEmpty ? null : Modes[0];
}
