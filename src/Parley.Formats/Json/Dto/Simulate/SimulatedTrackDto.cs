using Parley.Core.Dynamics;

namespace Parley.Formats.Json.Dto.Simulate;

/// <summary>One track's tournament: either <see cref="Skipped"/> or the scores and every negotiation.</summary>
/// <param name="Track">The track.</param>
/// <param name="Skipped">Why the track was not simulated, or null.</param>
/// <param name="Actors">The consenting actors, in turn order.</param>
/// <param name="From">Horizon time at which the talks open.</param>
/// <param name="To">Horizon time of the deadline.</param>
/// <param name="Outcomes">Packages of the track.</param>
/// <param name="Scores">Per strategy, how it fared.</param>
/// <param name="Negotiations">Every assignment of strategies to actors, in lexicographic order.</param>
public sealed record SimulatedTrackDto(
    string Track,
    string? Skipped,
    IEnumerable<string>? Actors,
    double? From,
    double? To,
    int? Outcomes,
    IEnumerable<StrategyScoreDto>? Scores,
    IEnumerable<NegotiationDto>? Negotiations)
{
    /// <summary>The DTO of one track's simulation.</summary>
    public static SimulatedTrackDto Of(TrackSimulation simulation)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        if (simulation.Skipped is not null || simulation.Negotiation is null || simulation.Result is null)
        {
            return new SimulatedTrackDto(simulation.Track, simulation.Skipped, null, null, null, null, null, null);
        }

        var n = simulation.Negotiation;
        return new SimulatedTrackDto(
            simulation.Track,
            null,
            n.ActorIds,
            n.From,
            n.To,
            n.Problem.OutcomeCount,
            simulation.Result.Scores.Select(s => new StrategyScoreDto(s.Strategy, s.Seats, s.Agreements, s.AgreementRate, s.MeanUtility, s.MeanAdvantage)),
            simulation.Result.Runs.Select(r => NegotiationDto.From(n, r.Result)));
    }
}
