using System.Collections.Immutable;
using Parley.Core.Claims;
using Parley.Core.Model;

namespace Parley.Core.Analysis;

/// <summary>
/// What a claim's verdict rests on, by provenance: the red lines, figures, preference statements and
/// levers that the lenses its test asks read. A verdict that rests on inferred red lines is the
/// modeller's reading of the sources, and the report says so by name.
/// </summary>
/// <param name="RedLines">Red lines (stands accepting fewer than all options) the test's agreement, window or end-state queries read.</param>
/// <param name="Figures">Walk-away values, weights, capabilities and interaction values those queries read.</param>
/// <param name="Preferences">Preference statements of the conflict, when the test asks the stability or end-state lens.</param>
/// <param name="Levers">The claim's levers, by the provenance of their effects.</param>
/// <param name="Judgements">The inferred and assumed red lines and levers by name ("RU on sanctions (inferred)"), in scenario order.</param>
public sealed record ClaimBasis(
    ProvenanceCount RedLines,
    ProvenanceCount Figures,
    ProvenanceCount Preferences,
    ProvenanceCount Levers,
    ImmutableArray<string> Judgements)
{
    /// <summary>Nothing read (a claim without a test).</summary>
    public static readonly ClaimBasis None = new(new(0, 0, 0), new(0, 0, 0), new(0, 0, 0), new(0, 0, 0), []);

    /// <summary>One line in plain words: "red lines 3 stated, 2 inferred, 0 assumed; figures …".</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (RedLines.Total > 0)
        {
            parts.Add($"red lines {RedLines}");
        }

        if (Figures.Total > 0)
        {
            parts.Add($"figures {Figures}");
        }

        if (Preferences.Total > 0)
        {
            parts.Add($"preferences {Preferences}");
        }

        if (Levers.Total > 0)
        {
            parts.Add($"levers {Levers}");
        }

        return parts.Count == 0 ? "nothing from the scenario" : string.Join("; ", parts);
    }

    /// <summary>What the test <paramref name="test"/> under <paramref name="levers"/> reads from <paramref name="scenario"/>.</summary>
    public static ClaimBasis Of(Scenario scenario, string? test, IEnumerable<string> levers)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(levers);
        var leverList = levers.Select(scenario.FindLever).OfType<Lever>().Distinct().ToList();
        var parsed = test is null ? null : ClaimTest.Parse(test);
        var queries = new List<LensQuery>();
        if (parsed?.Expression is { } e)
        {
            Collect(e, queries);
        }

        // Stands read: (actor, issue) pairs, so a stand read by two queries counts once.
        var stands = new HashSet<(string Actor, string Issue)>();
        var walkAways = new HashSet<string>();
        var capabilities = new HashSet<string>();
        bool preferences = false;
        foreach (var q in queries)
        {
            switch (q.Lens)
            {
                case "agreement":
                case "window":
                    if (q.Argument("track") is { } track)
                    {
                        AddTrack(scenario, track, q.Lens == "agreement" ? q.Argument("without") : null, stands, walkAways);
                    }

                    break;
                case "forecast":
                    if (q.Argument("issue") is { } issueId)
                    {
                        foreach (var p in scenario.Positions.Where(p => p.Issues.Any(s => s.IssueId == issueId)))
                        {
                            stands.Add((p.ActorId, issueId));
                            capabilities.Add(p.ActorId);
                        }
                    }

                    break;
                case "stability":
                    preferences = true;
                    break;
                case "endstate":
                    preferences = scenario.Conflict is not null;
                    var id = q.Argument("id") ?? q.Arguments.FirstOrDefault()?.Value;
                    if (scenario.EndStates.FirstOrDefault(s => s.Id == id) is { } end)
                    {
                        foreach (var outcome in end.Agreements)
                        {
                            AddTrack(scenario, outcome.Track, null, stands, walkAways);
                        }
                    }

                    break;
            }
        }

        var redLines = new List<Provenance>();
        var figures = new List<Provenance>();
        var judgements = new List<string>();
        foreach (var p in scenario.Positions)
        {
            if (walkAways.Contains(p.ActorId))
            {
                figures.Add(p.WalkAway.Provenance);
                figures.AddRange(p.Interactions.Select(t => t.Value.Provenance));
            }

            foreach (var s in p.Issues.Where(s => stands.Contains((p.ActorId, s.IssueId))))
            {
                figures.Add(s.Weight.Provenance);
                if (scenario.FindIssue(s.IssueId) is { } issue && s.DrawsRedLine(issue))
                {
                    redLines.Add(s.Provenance);
                    if (s.Provenance.IsJudgement())
                    {
                        judgements.Add($"{p.ActorId}'s red line on {s.IssueId} ({s.Provenance.Word()})");
                    }
                }
            }
        }

        figures.AddRange(scenario.Actors.Where(a => capabilities.Contains(a.Id)).Select(a => a.Capability).OfType<Figure>().Select(f => f.Provenance));
        var statements = preferences && scenario.Conflict is { } conflict
            ? conflict.DecisionMakers.Select(d => d.Preferences).OfType<Model.Conflicts.OptionPrioritization>().SelectMany(x => x.Statements).Select(x => x.Provenance)
            : [];
        judgements.AddRange(leverList.Where(l => l.Provenance.IsJudgement()).Select(l => $"the effects of lever '{l.Id}' ({l.Provenance.Word()})"));
        return new ClaimBasis(
            ProvenanceCount.Of(redLines),
            ProvenanceCount.Of(figures),
            ProvenanceCount.Of(statements),
            ProvenanceCount.Of(leverList.Select(l => l.Provenance)),
            [.. judgements]);
    }

    private static void AddTrack(Scenario scenario, string track, string? without, HashSet<(string, string)> stands, HashSet<string> walkAways)
    {
        var parties = scenario.Actors.Where(a => a.IsParty).Select(a => a.Id).ToList();
        foreach (var issue in scenario.Issues.Where(i => i.Track == track))
        {
            var consenting = issue.ConsentBy.IsDefaultOrEmpty ? parties : [.. issue.ConsentBy];
            foreach (var actor in consenting.Where(a => a != without))
            {
                stands.Add((actor, issue.Id));
                walkAways.Add(actor);
            }
        }
    }

    private static void Collect(ClaimExpression e, List<LensQuery> into)
    {
        switch (e)
        {
            case LensQuery q:
                into.Add(q);
                break;
            case ComparisonExpression c:
                Collect(c.Left, into);
                Collect(c.Right, into);
                break;
            case LogicalExpression l:
                Collect(l.Left, into);
                Collect(l.Right, into);
                break;
            case NotExpression n:
                Collect(n.Operand, into);
                break;
        }
    }
}
