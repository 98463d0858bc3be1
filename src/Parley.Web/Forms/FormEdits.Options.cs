using System.Collections.Immutable;
using Parley.Core.Model;
using Parley.Formats.Yaml;

namespace Parley.Web.Forms;

// Adding, renaming and removing the options of a discrete issue.
public static partial class FormEdits
{
    /// <summary>
    /// A new last option of the issue. Every actor with a stand on the issue values it 0 (the worst) until told
    /// otherwise; an actor who accepted every option (drew no red line) accepts it too, one with a red line does not.
    /// </summary>
    public static FormEditResult AddOption(Scenario scenario, string issueId, string optionId, string? label)
    {
        if (scenario.FindIssue(issueId) is not { Kind: IssueKind.Discrete } issue)
        {
            return FormEditResult.Refused($"'{issueId}' is not an issue with options.");
        }

        string id = optionId?.Trim() ?? string.Empty;
        if (NewIdProblem(id, issue.Options.Select(o => o.Id), $"option of '{issueId}'") is { } problem)
        {
            return FormEditResult.Refused(problem);
        }

        if (issue.Options.Length >= YamlLimits.MaxOptionsPerIssue)
        {
            return FormEditResult.Refused($"'{issueId}' has {issue.Options.Length} options, as many as an issue may have. Coarsen it first.");
        }

        var standing = AllStands(scenario).Where(x => x.Stand.IssueId == issueId).Select(x => x.ActorId).Distinct().ToList();
        var edited = scenario.With(
            issues: [.. scenario.Issues.Select(i => i.Id == issueId ? i with { Options = i.Options.Add(new IssueOption(id, Named(label, id), null)) } : i)],
            positions: [.. scenario.Positions.Select(p => MapStands(p, s => s.IssueId != issueId ? s : s with
            {
                Values = s.Values.Add(0),
                Acceptable = s.DrawsRedLine(issue) ? s.Acceptable : s.Acceptable.Add(id),
            }))]);
        var notes = standing.Count == 0 ? [] : new[] { $"{Quoted(standing)} value{(standing.Count == 1 ? "s" : string.Empty)} '{id}' at 0 (the worst option) until you set {(standing.Count == 1 ? "its value" : "their values")} in the Positions tab." };
        return Finish(scenario, edited, notes);
    }

    /// <summary>
    /// The option's id changed to <paramref name="newId"/> everywhere it is named: the issue's status quo, every
    /// stand's preferred and acceptable options, interaction terms, proposals and lever effects. Refused when a
    /// claim's test names the option (the form cannot rewrite a test).
    /// </summary>
    public static FormEditResult RenameOption(Scenario scenario, string issueId, string optionId, string newId)
    {
        if (scenario.FindIssue(issueId) is not { Kind: IssueKind.Discrete } issue || issue.IndexOfOption(optionId) < 0)
        {
            return FormEditResult.Refused($"Issue '{issueId}' has no option '{optionId}'.");
        }

        string id = newId?.Trim() ?? string.Empty;
        if (id == optionId)
        {
            return FormEditResult.Made(scenario);
        }

        if (NewIdProblem(id, issue.Options.Select(o => o.Id), $"option of '{issueId}'") is { } problem)
        {
            return FormEditResult.Refused(problem);
        }

        if (ClaimUses.Option(scenario, issueId, optionId) is { IsEmpty: false } claims)
        {
            return FormEditResult.Refused(ClaimsUse(claims, $"option '{optionId}' of '{issueId}'"));
        }

        string Renamed(string o) => o == optionId ? id : o;
        LeverEffect RenamedEffect(LeverEffect e) => e switch
        {
            OptionRemoval r when r.IssueId == issueId => r with { OptionId = Renamed(r.OptionId) },
            OptionImposition m when m.IssueId == issueId => m with { OptionId = Renamed(m.OptionId) },
            AcceptanceChange a when a.IssueId == issueId => a with { OptionId = Renamed(a.OptionId) },
            _ => e,
        };

        var edited = scenario.With(
            issues: [.. scenario.Issues.Select(i => i.Id != issueId ? i : i with
            {
                Options = [.. i.Options.Select(o => o.Id != optionId ? o : o with { Id = id, Label = o.Label == optionId ? id : o.Label })],
                StatusQuo = i.StatusQuo is { } sq ? Renamed(sq) : null,
            })],
            positions: [.. scenario.Positions.Select(p => MapStands(p, s => s.IssueId != issueId ? s : s with
            {
                Preferred = s.Preferred is { } pr ? Renamed(pr) : null,
                Acceptable = [.. s.Acceptable.Select(Renamed)],
            }) with
            {
                Interactions = [.. p.Interactions.Select(t => t with { Conditions = [.. t.Conditions.Select(c => c.IssueId != issueId || c.Options.IsDefault ? c : c with { Options = [.. c.Options.Select(Renamed)] })] })],
            })],
            proposals: [.. scenario.Proposals.Select(p => p with { Terms = [.. p.Terms.Select(t => t.IssueId == issueId && t.OptionId is { } o ? t with { OptionId = Renamed(o) } : t)] })],
            levers: [.. scenario.Levers.Select(l => l with { Effects = [.. l.Effects.Select(RenamedEffect)] })]);
        return Finish(scenario, edited, []);
    }

    /// <summary>
    /// Removes the option from the issue, from every stand's acceptable set and values, and from interaction
    /// terms that hold for several options; lever effects on it go too. Refused, naming them, when it is the issue's
    /// last option or its status quo, when an actor prefers it or accepts nothing else, when a proposal proposes it,
    /// when an interaction term holds only for it, when a claim's test names it, or when a lever would be left
    /// with no effect.
    /// </summary>
    public static FormEditResult RemoveOption(Scenario scenario, string issueId, string optionId)
    {
        if (scenario.FindIssue(issueId) is not { Kind: IssueKind.Discrete } issue || issue.IndexOfOption(optionId) is var at && at < 0)
        {
            return FormEditResult.Refused($"Issue '{issueId}' has no option '{optionId}'.");
        }

        if (issue.Options.Length == 1)
        {
            return FormEditResult.Refused($"'{optionId}' is the only option of '{issueId}'; an issue needs at least one. Add another option first, or remove the issue.");
        }

        if (issue.StatusQuo == optionId)
        {
            return FormEditResult.Refused($"'{optionId}' is the status quo of '{issueId}': choose another status quo (or none) first.");
        }

        var stands = AllStands(scenario).Where(x => x.Stand.IssueId == issueId).ToList();
        if (stands.Where(x => x.Stand.Preferred == optionId).Select(x => x.ActorId).Distinct().ToList() is { Count: > 0 } preferring)
        {
            return FormEditResult.Refused($"{Quoted(preferring)} prefer{(preferring.Count == 1 ? "s" : string.Empty)} '{optionId}' on '{issueId}': change {(preferring.Count == 1 ? "that stand" : "those stands")} in the Positions tab first.");
        }

        if (stands.Where(x => x.Stand.Acceptable.Length == 1 && x.Stand.Acceptable[0] == optionId).Select(x => x.ActorId).Distinct().ToList() is { Count: > 0 } only)
        {
            return FormEditResult.Refused($"{Quoted(only)} accept{(only.Count == 1 ? "s" : string.Empty)} nothing but '{optionId}' on '{issueId}': change {(only.Count == 1 ? "that stand" : "those stands")} in the Positions tab first.");
        }

        if (scenario.Proposals.Where(p => p.Terms.Any(t => t.IssueId == issueId && t.OptionId == optionId)).Select(p => p.Id).ToList() is { Count: > 0 } proposing)
        {
            return FormEditResult.Refused($"Proposal{(proposing.Count == 1 ? string.Empty : "s")} {Quoted(proposing)} propose{(proposing.Count == 1 ? "s" : string.Empty)} '{optionId}' for '{issueId}': a proposal is what was put forward, so change it in the YAML editor first.");
        }

        if (scenario.Positions.Where(p => p.Interactions.Any(t => t.Conditions.Any(c => c.IssueId == issueId && !c.Options.IsDefault && c.Options.Length == 1 && c.Options[0] == optionId))).Select(p => p.ActorId).ToList() is { Count: > 0 } interacting)
        {
            return FormEditResult.Refused($"An interaction term of {Quoted(interacting)} holds only when '{issueId}' is '{optionId}': remove or change it in the YAML editor first.");
        }

        if (ClaimUses.Option(scenario, issueId, optionId) is { IsEmpty: false } claims)
        {
            return FormEditResult.Refused(ClaimsUse(claims, $"option '{optionId}' of '{issueId}'"));
        }

        var notes = new List<string>();
        if (StripEffects(scenario, e => EffectTargets.Issue(e) == issueId && EffectTargets.Option(e) == optionId, $"option '{optionId}' of '{issueId}'", notes, out var refusal) is not { } levers)
        {
            return FormEditResult.Refused(refusal!);
        }

        var edited = scenario.With(
            issues: [.. scenario.Issues.Select(i => i.Id != issueId ? i : i with { Options = i.Options.RemoveAt(at) })],
            positions: [.. scenario.Positions.Select(p => MapStands(p, s => s.IssueId != issueId ? s : s with
            {
                Acceptable = s.Acceptable.Remove(optionId),
                Values = s.Values.Length == issue.Options.Length ? s.Values.RemoveAt(at) : s.Values,
            }) with
            {
                Interactions = [.. p.Interactions.Select(t => t with { Conditions = [.. t.Conditions.Select(c => c.IssueId != issueId || c.Options.IsDefault ? c : c with { Options = c.Options.Remove(optionId) })] })],
            })],
            levers: levers);
        return Finish(scenario, edited, notes);
    }
}
