namespace Parley.Formats.Json.Dto.Dynamics;

/// <summary>The document of <c>parley dynamics --format json</c> (see <c>docs/json-output.md</c>, section <c>dynamics</c>).</summary>
/// <param name="ScenarioId">The scenario's id.</param>
/// <param name="Title">The scenario's title.</param>
/// <param name="Horizon">The horizon.</param>
/// <param name="Levers">The levers pulled, each from its start.</param>
/// <param name="Step">Time between grid samples.</param>
/// <param name="Trends">Per trend, its curve and basis.</param>
/// <param name="Tracks">Per track, its windows and samples (enumerated as written).</param>
public sealed record DynamicsDocument(
    string ScenarioId,
    string Title,
    HorizonDto Horizon,
    IEnumerable<string> Levers,
    double Step,
    IEnumerable<TrendDto> Trends,
    IEnumerable<TrackWindowsDto> Tracks) : OutputDocument("dynamics", ScenarioId)
{
    /// <summary>With <c>--at DATE</c>: each track's gap as of the date; absent otherwise.</summary>
    public IReadOnlyList<DatedGapDto>? AsOf { get; init; }
}
