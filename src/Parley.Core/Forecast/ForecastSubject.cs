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
    ImmutableArray<double?> StatusQuo)
{
    /// <summary>Per dimension, how its axis maps to the issue (unit, options); empty means the bare 0–100 axis for every dimension.</summary>
    public ImmutableArray<IssueScale> Scales { get; init; } = [];

    /// <summary>The scale of dimension <paramref name="k"/>.</summary>
    public IssueScale ScaleOf(int k) => Scales.IsDefaultOrEmpty ? IssueScale.Axis : Scales[k];
}
