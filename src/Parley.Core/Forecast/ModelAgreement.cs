using System.Collections.Immutable;

namespace Parley.Core.Forecast;

/// <summary>Whether the models' forecasts of one issue agree (see <see cref="ModelAgreements.Of"/>).</summary>
/// <param name="Agree">True when every compared forecast lies within <see cref="ReadingThresholds.AgreementWidth"/> of the axis of the others and, on a discrete issue, all land on the same option.</param>
/// <param name="Low">The lowest compared forecast (axis).</param>
/// <param name="High">The highest compared forecast (axis).</param>
/// <param name="Models">The models compared (those of weighted mean, weighted median, expected utility and spatial model that were run and gave a value).</param>
/// <param name="Options">On a discrete issue, the distinct options the compared forecasts land on (indices into the options); empty otherwise.</param>
public sealed record ModelAgreement(bool Agree, double Low, double High, ImmutableArray<ForecastModel> Models, ImmutableArray<int> Options);
