using System.Collections.Immutable;
using Parley.Core.Model;
using Parley.Formats.Yaml;

namespace Parley.Web.Forms;

// Adding and removing issues.
public static partial class FormEdits
{
    /// <summary>A new issue settled by choosing one of <paramref name="optionIds"/> (in that order). No actor takes a stand on it yet.</summary>
    public static FormEditResult AddIssue(Scenario scenario, string id, string name, string track, IEnumerable<string> optionIds)
    {
        var options = optionIds.Select(o => o.Trim()).Where(o => o.Length > 0).ToList();
        if (NewIssueProblem(scenario, id, track) is { } problem)
        {
            return FormEditResult.Refused(problem);
        }

        if (options.Count == 0)
        {
            return FormEditResult.Refused("Give the new issue at least one option (two, for anything to negotiate), or make it numeric with a range.");
        }

        var taken = new List<string>();
        foreach (var option in options)
        {
            if (NewIdProblem(option, taken, "option of this issue") is { } bad)
            {
                return FormEditResult.Refused(bad);
            }

            taken.Add(option);
        }

        if (options.Count > YamlLimits.MaxOptionsPerIssue)
        {
            return FormEditResult.Refused($"An issue has at most {YamlLimits.MaxOptionsPerIssue} options; this one would have {options.Count}. Coarsen it or make it numeric.");
        }

        var issue = new Issue(id.Trim(), Named(name, id.Trim()), track.Trim(), IssueKind.Discrete, [.. options.Select(o => new IssueOption(o, o, null))], null, [], null, null);
        return FormEditResult.Made(scenario.With(issues: scenario.Issues.Add(issue)));
    }

    /// <summary>A new issue settled by a number from <paramref name="min"/> to <paramref name="max"/>. No actor takes a stand on it yet.</summary>
    public static FormEditResult AddNumericIssue(Scenario scenario, string id, string name, string track, double min, double max, string? unit)
    {
        if (NewIssueProblem(scenario, id, track) is { } problem)
        {
            return FormEditResult.Refused(problem);
        }

        if (!double.IsFinite(min) || !double.IsFinite(max) || min > max)
        {
            return FormEditResult.Refused($"The range needs a finite min at or below its max (here {min} to {max}).");
        }

        var issue = new Issue(id.Trim(), Named(name, id.Trim()), track.Trim(), IssueKind.Numeric, [], new NumericRange(min, max, Blank(unit), null), [], null, null);
        return FormEditResult.Made(scenario.With(issues: scenario.Issues.Add(issue)));
    }

    /// <summary>
    /// Removes the issue, with every actor's stand on it (its weight then shared out again when saved), proposals'
    /// terms on it (a proposal that settled only this issue goes too) and lever effects on it. Refused, naming
    /// them, when claims test it or its track and it is the track's last issue, when an end state names that
    /// track, when an interaction term depends on it, when a lever would be left with no effect, or when an
    /// actor's other issues all weigh 0.
    /// </summary>
    public static FormEditResult RemoveIssue(Scenario scenario, string issueId)
    {
        if (scenario.FindIssue(issueId) is not { } issue)
        {
            return FormEditResult.Refused($"There is no issue '{issueId}'.");
        }

        if (scenario.Issues.Length == 1)
        {
            return FormEditResult.Refused($"'{issueId}' is the scenario's only issue; a scenario needs at least one. Add another issue first.");
        }

        if (ClaimUses.Issue(scenario, issueId) is { IsEmpty: false } claims)
        {
            return FormEditResult.Refused(ClaimsUse(claims, $"issue '{issueId}'"));
        }

        bool lastOfTrack = !scenario.Issues.Any(i => i.Id != issueId && i.Track == issue.Track);
        if (lastOfTrack && ClaimUses.Track(scenario, issue.Track) is { IsEmpty: false } trackClaims)
        {
            return FormEditResult.Refused($"'{issueId}' is the last issue of track '{issue.Track}'. {ClaimsUse(trackClaims, $"track '{issue.Track}'")}");
        }

        if (lastOfTrack && scenario.EndStates.Where(e => !e.Agreements.IsDefault && e.Agreements.Any(a => a.Track == issue.Track)).Select(e => e.Id).ToList() is { Count: > 0 } ends)
        {
            return FormEditResult.Refused($"'{issueId}' is the last issue of track '{issue.Track}', which end state{(ends.Count == 1 ? string.Empty : "s")} {Quoted(ends)} name{(ends.Count == 1 ? "s" : string.Empty)}: change {(ends.Count == 1 ? "it" : "them")} in the YAML editor first.");
        }

        if (scenario.Positions.Where(p => p.Interactions.Any(t => t.Conditions.Any(c => c.IssueId == issueId))).Select(p => p.ActorId).ToList() is { Count: > 0 } interacting)
        {
            return FormEditResult.Refused($"An interaction term of {Quoted(interacting)} holds only with a given outcome of '{issueId}': remove or change it in the YAML editor first.");
        }

        var notes = new List<string>();
        if (StripEffects(scenario, e => EffectTargets.Issue(e) == issueId, $"issue '{issueId}'", notes, out var refusal) is not { } levers)
        {
            return FormEditResult.Refused(refusal!);
        }

        var standing = AllStands(scenario).Where(x => x.Stand.IssueId == issueId).Select(x => x.ActorId).Distinct().ToList();
        if (standing.Count > 0)
        {
            notes.Add($"The stand{(standing.Count == 1 ? string.Empty : "s")} of {Quoted(standing)} on '{issueId}' {(standing.Count == 1 ? "was" : "were")} removed; each actor's other weights are shared out again when saved.");
        }

        var proposals = ImmutableArray.CreateBuilder<Proposal>();
        foreach (var proposal in scenario.Proposals)
        {
            if (!proposal.Terms.Any(t => t.IssueId == issueId))
            {
                proposals.Add(proposal);
            }
            else if (proposal.Terms.Length == 1)
            {
                notes.Add($"Proposal '{proposal.Id}' settled only '{issueId}', so it was removed.");
            }
            else
            {
                notes.Add($"Proposal '{proposal.Id}' no longer settles '{issueId}'.");
                proposals.Add(proposal with { Terms = [.. proposal.Terms.Where(t => t.IssueId != issueId)] });
            }
        }

        var edited = scenario.With(
            issues: [.. scenario.Issues.Where(i => i.Id != issueId)],
            positions: [.. scenario.Positions.Select(p => MapStands(p, s => s.IssueId == issueId ? null : s))],
            proposals: proposals.ToImmutable(),
            levers: levers);
        return ZeroWeights(edited, standing) is { } zero ? FormEditResult.Refused(zero) : Finish(scenario, edited, notes);
    }

    private static string? NewIssueProblem(Scenario scenario, string id, string track)
    {
        if (NewIdProblem(id?.Trim(), scenario.Issues.Select(i => i.Id), "issue") is { } problem)
        {
            return problem;
        }

        if (string.IsNullOrWhiteSpace(track))
        {
            return "Name the new issue's track, such as 'deal' (an existing track or a new one).";
        }

        return scenario.Issues.Length >= YamlLimits.MaxIssues
            ? $"The scenario has {scenario.Issues.Length} issues, as many as Parley analyses. Split it into tracks kept in separate files first."
            : null;
    }

    private static string Named(string? name, string id) => string.IsNullOrWhiteSpace(name) ? id : name.Trim();
}
