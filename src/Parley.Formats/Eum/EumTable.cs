using Parley.Core.Forecast;

namespace Parley.Formats.Eum;

/// <summary>An expected-utility table (Actor, Capability, Position, Salience) as a one-dimensional problem.</summary>
/// <param name="Name">Name of the table (the file name).</param>
/// <param name="Problem">Actors with capability, position and salience (0–1).</param>
public sealed record EumTable(string Name, ForecastProblem Problem);
