using System.Collections.Immutable;

namespace Parley.Core.Model;

/// <summary>What a scenario holds, in counts: the short overview <c>parley check</c> prints.</summary>
/// <param name="Id">Scenario id.</param>
/// <param name="Title">Scenario title.</param>
/// <param name="ActorsByRole">Number of actors per role, roles in declaration order of <see cref="ActorRole"/>.</param>
/// <param name="IssuesByTrack">Number of issues per track, in track order.</param>
/// <param name="Positions">Number of memoranda.</param>
/// <param name="StatedPositions">Issue stands marked as stated (from a source).</param>
/// <param name="AssumedPositions">Issue stands marked as the modeller's assumption.</param>
/// <param name="Proposals">Number of proposals.</param>
/// <param name="Levers">Number of levers.</param>
/// <param name="Claims">Number of claims.</param>
/// <param name="Sources">Number of sources.</param>
public sealed record ScenarioSummary(
    string Id,
    string Title,
    ImmutableArray<KeyValuePair<ActorRole, int>> ActorsByRole,
    ImmutableArray<KeyValuePair<string, int>> IssuesByTrack,
    int Positions,
    int StatedPositions,
    int AssumedPositions,
    int Proposals,
    int Levers,
    int Claims,
    int Sources)
{
    /// <summary>Counts the parts of <paramref name="scenario"/>.</summary>
    public static ScenarioSummary Of(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var roles = Enum.GetValues<ActorRole>()
            .Select(r => new KeyValuePair<ActorRole, int>(r, scenario.Actors.Count(a => a.Role == r)))
            .Where(kv => kv.Value > 0)
            .ToImmutableArray();
        var tracks = scenario.Tracks
            .Select(t => new KeyValuePair<string, int>(t, scenario.Issues.Count(i => i.Track == t)))
            .ToImmutableArray();
        var stands = scenario.Positions.SelectMany(p => p.Issues).ToList();
        return new ScenarioSummary(
            scenario.Id,
            scenario.Title,
            roles,
            tracks,
            scenario.Positions.Length,
            stands.Count(s => s.Provenance == Provenance.Stated),
            stands.Count(s => s.Provenance == Provenance.Assumption),
            scenario.Proposals.Length,
            scenario.Levers.Length,
            scenario.Claims.Length,
            scenario.Sources.Length);
    }
}
