using Parley.Core.Dynamics;

namespace Parley.Formats.Json.Dto.Simulate;

/// <summary>One negotiation of the tournament.</summary>
/// <param name="Strategies">Actor id → the strategy it played.</param>
/// <param name="Agreed">True when it ended in a deal.</param>
/// <param name="Round">The round of the deal, or null on breakdown.</param>
/// <param name="Package">The deal as <c>issue=option, …</c>, or null on breakdown.</param>
/// <param name="Utilities">Actor id → utility (the walk-away value at the deadline on breakdown).</param>
public sealed record NegotiationDto(
    IReadOnlyDictionary<string, string> Strategies,
    bool Agreed,
    int? Round,
    string? Package,
    IReadOnlyDictionary<string, double> Utilities)
{
    /// <summary>The DTO of one negotiation on <paramref name="track"/>.</summary>
    public static NegotiationDto From(TrackNegotiation track, NegotiationResult result)
    {
        ArgumentNullException.ThrowIfNull(track);
        ArgumentNullException.ThrowIfNull(result);
        var actors = track.ActorIds;
        var strategies = new Dictionary<string, string>(actors.Length);
        var utilities = new Dictionary<string, double>(actors.Length);
        for (int p = 0; p < actors.Length; p++)
        {
            strategies[actors[p]] = result.Strategies[p];
            utilities[actors[p]] = result.Utilities[p];
        }

        // The key order is the turn order: dictionaries built in one pass keep insertion order when written.
        return new NegotiationDto(strategies, result.Agreed, result.AgreementRound, result.Agreed ? track.Problem.Space.Describe(result.Package.AsSpan()) : null, utilities);
    }
}
