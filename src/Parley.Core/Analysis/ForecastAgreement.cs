using System.Collections.Immutable;

namespace Parley.Core.Analysis;

/// <summary>Whether the models agree on an issue (weighted mean, weighted median, expected utility, spatial model), on the scale.</summary>
/// <param name="Agree">True when their forecasts lie within a tenth of the scale of each other and, with options, land on one option.</param>
/// <param name="Low">Lowest forecast.</param>
/// <param name="High">Highest forecast.</param>
/// <param name="Options">With options, the distinct options the forecasts land on.</param>
public sealed record ForecastAgreement(bool Agree, double Low, double High, ImmutableArray<string> Options);
