using System.Collections.Immutable;
using Parley.Core.Forecast;

namespace Parley.Core.Analysis;

/// <summary>What a forecast's distribution says, on the scale (see <see cref="DistributionReading"/>).</summary>
/// <param name="Reading">Point, split or undetermined.</param>
/// <param name="Modes">Modes holding a real share of the draws, largest first.</param>
/// <param name="Spread">5/25/50/75/95 % quantiles.</param>
/// <param name="Draws">Draws read (1 when no input is uncertain).</param>
public sealed record ForecastShape(ForecastReading Reading, ImmutableArray<ModeEstimate> Modes, ForecastSpread Spread, int Draws);
