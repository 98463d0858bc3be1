using Parley.Core.Dynamics;
using Parley.Core.Model;

namespace Parley.Formats.Json.Dto.Simulate;

/// <summary>The document of <c>parley simulate --format json</c> (see <c>docs/json-output.md</c>, section <c>simulate</c>).</summary>
/// <param name="ScenarioId">The scenario's id.</param>
/// <param name="Title">The scenario's title.</param>
/// <param name="Rounds">The deadline in rounds.</param>
/// <param name="Band">How far above its target a party still offers.</param>
/// <param name="Tracks">Per track, the tournament (written as it is enumerated: the negotiations are never all held as JSON).</param>
public sealed record SimulateDocument(string ScenarioId, string Title, int Rounds, double Band, IEnumerable<SimulatedTrackDto> Tracks)
    : OutputDocument("simulate", ScenarioId)
{
    /// <summary>The document of the simulations of <paramref name="scenario"/>.</summary>
    public static SimulateDocument From(Scenario scenario, IReadOnlyList<TrackSimulation> simulations, int rounds, double band)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(simulations);
        return new SimulateDocument(scenario.Id, scenario.Title, rounds, band, simulations.Select(SimulatedTrackDto.Of));
    }
}
