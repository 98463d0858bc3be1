using Parley.Core.Model;

namespace Parley.Core.Forecast;

/// <summary>An input of a forecast problem that is known only as a distribution.</summary>
/// <param name="Actor">Actor index.</param>
/// <param name="Dimension">Dimension index (ignored for capability).</param>
/// <param name="Kind">Capability, position or salience.</param>
/// <param name="Distribution">Where the value lies; the problem holds the point value.</param>
public sealed record UncertainInput(int Actor, int Dimension, ForecastInputKind Kind, Distribution Distribution);
