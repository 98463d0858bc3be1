using System.Collections.Immutable;
using System.Text;
using Parley.Core.Model;
using Parley.Core.Model.Conflicts;
using Parley.Formats.Gmcr;

namespace Parley.Formats.Writing;

/// <summary>
/// Turns what the importers read into scenarios the scenario format can hold: ids made into one word (GENIUS
/// and GeniusWeb name issues and values with spaces, such as "External Monitor"; the format's ids have none),
/// and a gmcr-py file into a scenario whose actors are its decision makers. Every change is said in a sentence.
/// </summary>
public static class ImportedScenarios
{
    /// <summary>
    /// <paramref name="scenario"/> with every actor, issue and option id that holds whitespace renamed (runs of
    /// whitespace become <c>-</c>; a clash gets <c>-2</c>, <c>-3</c> …), every reference to it renamed too, and the
    /// old id kept as the name or label. Covers what importers produce (actors, issues, positions, proposals, a
    /// conflict); a scenario with levers, claims or end states already has valid ids, as the reader checked them.
    /// </summary>
    public static (Scenario Scenario, ImmutableArray<string> Changes) WithValidIds(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var changes = new List<string>();
        var actorIds = Renames(scenario.Actors.Select(a => a.Id), "actor", changes);
        var issueIds = Renames(scenario.Issues.Select(i => i.Id), "issue", changes);
        var optionIds = scenario.Issues.ToDictionary(
            i => i.Id,
            i => Renames(i.Options.Select(o => o.Id), $"option of issue '{i.Id}'", changes),
            StringComparer.Ordinal);
        string scenarioId = Valid(scenario.Id);
        if (changes.Count == 0 && scenarioId == scenario.Id)
        {
            return (scenario, []);
        }

        if (!scenario.Levers.IsEmpty || !scenario.Claims.IsEmpty || !scenario.EndStates.IsEmpty)
        {
            throw new InvalidOperationException("Only imported scenarios (without levers, claims or end states) have ids to rename.");
        }

        string A(string id) => actorIds.GetValueOrDefault(id, id);
        string I(string id) => issueIds.GetValueOrDefault(id, id);
        string O(string issue, string option) => optionIds.TryGetValue(issue, out var map) ? map.GetValueOrDefault(option, option) : option;
        ImmutableArray<string> As(ImmutableArray<string> ids) => ids.IsDefault ? ids : [.. ids.Select(A)];

        var actors = scenario.Actors.Select(a => a with { Id = A(a.Id), Supports = As(a.Supports) }).ToImmutableArray();
        var issues = scenario.Issues.Select(i => i with
        {
            Id = I(i.Id),
            Options = [.. i.Options.Select(o => o with { Id = O(i.Id, o.Id) })],
            ConsentBy = As(i.ConsentBy),
            StatusQuo = i.StatusQuo is { } sq && i.Kind == IssueKind.Discrete ? O(i.Id, sq) : i.StatusQuo,
        }).ToImmutableArray();

        IssuePosition Stand(IssuePosition s) => s with
        {
            IssueId = I(s.IssueId),
            Preferred = s.Preferred is { } p ? O(s.IssueId, p) : null,
            Acceptable = s.Acceptable.IsDefault ? s.Acceptable : [.. s.Acceptable.Select(o => O(s.IssueId, o))],
        };

        var positions = scenario.Positions.Select(p => p with
        {
            ActorId = A(p.ActorId),
            Issues = [.. p.Issues.Select(Stand)],
            Interactions = [.. p.Interactions.Select(t => t with
            {
                Conditions = [.. t.Conditions.Select(c => c with { IssueId = I(c.IssueId), Options = c.Options.IsDefault ? c.Options : [.. c.Options.Select(o => O(c.IssueId, o))] })],
            })],
            Revisions = [.. p.Revisions.Select(r => r with { Issues = [.. r.Issues.Select(Stand)] })],
        }).ToImmutableArray();
        var proposals = scenario.Proposals.Select(p => p with
        {
            ProposedBy = A(p.ProposedBy),
            Terms = [.. p.Terms.Select(t => t with { IssueId = I(t.IssueId), OptionId = t.OptionId is { } o ? O(t.IssueId, o) : null })],
        }).ToImmutableArray();
        var conflict = scenario.Conflict is { } c
            ? new Conflict(
                [.. c.DecisionMakers.Select(d => d with { ActorId = A(d.ActorId), Name = d.Name == d.ActorId ? A(d.ActorId) : d.Name })],
                c.Infeasibilities,
                c.StatusQuo,
                [.. c.Coalitions.Select(k => k with { Id = Valid(k.Id), Members = As(k.Members) })])
            : null;
        if (scenarioId != scenario.Id)
        {
            changes.Add($"The scenario id '{scenario.Id}' became '{scenarioId}'.");
        }

        var renamed = new Scenario(scenarioId, scenario.Title, scenario.Description, scenario.Sources, actors, issues, positions, proposals, scenario.Levers, scenario.Claims, scenario.Dynamics, conflict, scenario.EndStates);
        return (renamed, [.. changes]);
    }

    /// <summary>
    /// A gmcr-py conflict as a scenario: one party per decision maker (its name as the actor's name), no issues
    /// (the graph model is the whole analysis), the conflict as read. gmcr-py's coalition partition becomes the
    /// conflict's coalitions already in the reader.
    /// </summary>
    public static (Scenario Scenario, ImmutableArray<string> Changes) FromGmcr(GmcrFile file, string title)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(title);
        var actors = file.Conflict.DecisionMakers
            .Select(d => new Actor(d.ActorId, d.Name, ActorRole.Party, null, [], null, []))
            .ToImmutableArray();
        // The scenario format names a decision maker by its actor's id; the actor carries the display name.
        var conflict = file.Conflict with { DecisionMakers = [.. file.Conflict.DecisionMakers.Select(d => d with { Name = d.ActorId })] };
        var scenario = new Scenario(Valid(Path.GetFileNameWithoutExtension(title)), title, null, [], actors, [], [], [], [], [], null, conflict);
        var (renamed, changes) = WithValidIds(scenario);
        return (renamed, changes);
    }

    private static Dictionary<string, string> Renames(IEnumerable<string> ids, string what, List<string> changes)
    {
        var all = ids.ToList();
        var taken = new HashSet<string>(all.Where(id => Valid(id) == id), StringComparer.Ordinal);
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in all.Where(id => Valid(id) != id).Distinct(StringComparer.Ordinal))
        {
            string stem = Valid(id), candidate = stem;
            for (int n = 2; !taken.Add(candidate); n++)
            {
                candidate = $"{stem}-{n}";
            }

            renames[id] = candidate;
            changes.Add($"The {what} id '{id}' has spaces, which ids may not have: it became '{candidate}' (the name keeps '{id}').");
        }

        return renames;
    }

    private static string Valid(string id)
    {
        var text = new StringBuilder(id.Length);
        bool space = false;
        foreach (char c in id.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                text.Append('-');
                space = false;
            }

            text.Append(c);
        }

        return text.Length == 0 ? "imported" : text.ToString();
    }
}
