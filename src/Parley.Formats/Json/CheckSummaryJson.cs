using Parley.Core.Model;
using Parley.Formats.Json.Dto.Common;

namespace Parley.Formats.Json;

/// <summary>A scenario overview in JSON: counts keyed by role and by track.</summary>
/// <param name="Id">Scenario id.</param>
/// <param name="Title">Scenario title.</param>
/// <param name="Actors">Actors per role.</param>
/// <param name="Issues">Issues per track.</param>
/// <param name="Positions">Memoranda.</param>
/// <param name="StatedStands">Issue stands from a source.</param>
/// <param name="AssumedStands">Issue stands that are assumptions.</param>
/// <param name="Proposals">Proposals.</param>
/// <param name="Levers">Levers.</param>
/// <param name="Claims">Claims.</param>
/// <param name="Sources">Sources.</param>
/// <param name="Stands">Issue stands (written and revised) by provenance: stated, inferred, assumed.</param>
/// <param name="RedLines">Stands that draw a red line, by provenance.</param>
/// <param name="Figures">Capabilities, walk-aways, weights and interaction values, by provenance.</param>
/// <param name="Preferences">Conflict preference statements, by provenance.</param>
/// <param name="LeverBases">Levers by the provenance of their effects.</param>
public sealed record CheckSummaryJson(
    string Id,
    string Title,
    IReadOnlyDictionary<string, int> Actors,
    IReadOnlyDictionary<string, int> Issues,
    int Positions,
    int StatedStands,
    int AssumedStands,
    int Proposals,
    int Levers,
    int Claims,
    int Sources,
    ProvenanceCountDto Stands,
    ProvenanceCountDto RedLines,
    ProvenanceCountDto Figures,
    ProvenanceCountDto Preferences,
    ProvenanceCountDto LeverBases)
{
    /// <summary>Converts a summary.</summary>
    public static CheckSummaryJson From(ScenarioSummary s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(
            s.Id,
            s.Title,
            s.ActorsByRole.ToDictionary(kv => kv.Key.ToString().ToLowerInvariant(), kv => kv.Value),
            s.IssuesByTrack.ToDictionary(kv => kv.Key, kv => kv.Value),
            s.Positions,
            s.StatedPositions,
            s.AssumedPositions,
            s.Proposals,
            s.Levers,
            s.Claims,
            s.Sources,
            ProvenanceCountDto.From(s.Stands),
            ProvenanceCountDto.From(s.RedLines),
            ProvenanceCountDto.From(s.Figures),
            ProvenanceCountDto.From(s.Preferences),
            ProvenanceCountDto.From(s.LeverBases));
    }
}
