using System.Collections.Immutable;

namespace Parley.Core.Forecast;

/// <summary>
/// What one forecast run is about: a problem (one dimension per issue; several when a multi-dimensional
/// model such as a KTAB file treats issues together), the issues' ids and names, and their status quo.
/// </summary>
/// <param name="Input">The problem with its uncertain inputs and acceptable sets.</param>
/// <param name="IssueIds">One id per dimension.</param>
/// <param name="IssueNames">One display name per dimension.</param>
/// <param name="StatusQuo">One status quo per dimension (null where none is recorded).</param>
public sealed record ForecastSubject(
    UncertainForecastProblem Input,
    ImmutableArray<string> IssueIds,
    ImmutableArray<string> IssueNames,
    ImmutableArray<double?> StatusQuo);
