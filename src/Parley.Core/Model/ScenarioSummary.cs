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
/// <param name="Stands">All issue stands (written and in dated revisions) by provenance.</param>
/// <param name="RedLines">The stands that draw a red line (accept fewer than all options), by provenance.</param>
/// <param name="Figures">Capabilities, walk-away values, weights, saliences and interaction values, by provenance.</param>
/// <param name="Preferences">The conflict's preference statements, by provenance.</param>
/// <param name="LeverBases">The levers, by the provenance of their effects.</param>
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
    int Sources,
    ProvenanceCount Stands,
    ProvenanceCount RedLines,
    ProvenanceCount Figures,
    ProvenanceCount Preferences,
    ProvenanceCount LeverBases)
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
        var allStands = stands.Concat(scenario.Positions.SelectMany(p => p.Revisions.SelectMany(r => r.Issues))).ToList();
        var redLines = allStands.Where(s => scenario.FindIssue(s.IssueId) is { } issue && s.DrawsRedLine(issue)).Select(s => s.Provenance);
        var figures = scenario.Actors.Select(a => a.Capability).OfType<Figure>()
            .Concat(scenario.Positions.Select(p => p.WalkAway))
            .Concat(scenario.Positions.SelectMany(p => p.Revisions).Select(r => r.WalkAway).OfType<Figure>())
            .Concat(allStands.Select(s => s.Weight))
            .Concat(allStands.Select(s => s.Salience).OfType<Figure>())
            .Concat(scenario.Positions.SelectMany(p => p.Interactions).Select(t => t.Value))
            .Select(f => f.Provenance);
        IEnumerable<Provenance> preferences = scenario.Conflict is null ? [] : scenario.Conflict.DecisionMakers.Select(d => d.Preferences).OfType<Conflicts.OptionPrioritization>().SelectMany(p => p.Statements).Select(s => s.Provenance);
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
            scenario.Sources.Length,
            ProvenanceCount.Of(allStands.Select(s => s.Provenance)),
            ProvenanceCount.Of(redLines),
            ProvenanceCount.Of(figures),
            ProvenanceCount.Of(preferences),
            ProvenanceCount.Of(scenario.Levers.Select(l => l.Provenance)));
    }
}
