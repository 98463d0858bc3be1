using Parley.Core.Model;
using Parley.Formats.Yaml;

namespace Parley.Web.Forms;

// Removing actors, and adding and removing an actor's stand on an issue.
public static partial class FormEdits
{
    /// <summary>
    /// Removes the actor with its position, from other actors' backing and from issues' consent lists; lever
    /// effects on the actor go too. Refused, naming them, when the actor put forward a proposal or pulls a lever,
    /// when a claim's test, a trend or the conflict names it, when it is the only actor whose consent an issue
    /// needs (without it the issue would need every party's), or when a lever would be left with no effect.
    /// </summary>
    public static FormEditResult RemoveActor(Scenario scenario, string actorId)
    {
        if (scenario.FindActor(actorId) is null)
        {
            return FormEditResult.Refused($"There is no actor '{actorId}'.");
        }

        if (scenario.Proposals.Where(p => p.ProposedBy == actorId).Select(p => p.Id).ToList() is { Count: > 0 } proposals)
        {
            return FormEditResult.Refused($"'{actorId}' put forward proposal{(proposals.Count == 1 ? string.Empty : "s")} {Quoted(proposals)}: remove or reattribute {(proposals.Count == 1 ? "it" : "them")} in the YAML editor first.");
        }

        if (scenario.Levers.Where(l => l.ActorId == actorId).Select(l => l.Id).ToList() is { Count: > 0 } pulled)
        {
            return FormEditResult.Refused($"'{actorId}' pulls lever{(pulled.Count == 1 ? string.Empty : "s")} {Quoted(pulled)}: remove {(pulled.Count == 1 ? "it" : "them")} in the Levers tab first.");
        }

        if (ClaimUses.Actor(scenario, actorId) is { IsEmpty: false } claims)
        {
            return FormEditResult.Refused(ClaimsUse(claims, $"actor '{actorId}'"));
        }

        if (scenario.Dynamics is { } dynamics && dynamics.Trends.Any(t => t.ActorId == actorId))
        {
            return FormEditResult.Refused($"A trend of the dynamics section moves a figure of '{actorId}': remove it in the YAML editor first.");
        }

        if (scenario.Conflict is { } conflict && conflict.DecisionMakers.Any(d => d.ActorId == actorId))
        {
            return FormEditResult.Refused($"'{actorId}' is a decision maker of the conflict (stability lens): remove it there in the YAML editor first.");
        }

        if (scenario.Issues.Where(i => i.ConsentBy.Length == 1 && i.ConsentBy[0] == actorId).Select(i => i.Id).ToList() is { Count: > 0 } consent)
        {
            return FormEditResult.Refused($"Only '{actorId}''s consent settles {Quoted(consent)}; without it every party's consent would be needed. Change the consent in the YAML editor first.");
        }

        var notes = new List<string>();
        if (StripEffects(scenario, e => EffectTargets.Actor(e) == actorId, $"actor '{actorId}'", notes, out var refusal) is not { } levers)
        {
            return FormEditResult.Refused(refusal!);
        }

        if (scenario.PositionOf(actorId) is not null)
        {
            notes.Add($"The position of '{actorId}' was removed with it.");
        }

        var backers = scenario.Actors.Where(a => a.Supports.Contains(actorId)).Select(a => a.Id).ToList();
        if (backers.Count > 0)
        {
            notes.Add($"{Quoted(backers)} no longer back{(backers.Count == 1 ? "s" : string.Empty)} '{actorId}'.");
        }

        var consenting = scenario.Issues.Where(i => i.ConsentBy.Contains(actorId)).Select(i => i.Id).ToList();
        if (consenting.Count > 0)
        {
            notes.Add($"{Quoted(consenting)} no longer need{(consenting.Count == 1 ? "s" : string.Empty)} '{actorId}''s consent.");
        }

        var edited = scenario.With(
            actors: [.. scenario.Actors.Where(a => a.Id != actorId).Select(a => a.Supports.Contains(actorId) ? a with { Supports = a.Supports.Remove(actorId) } : a)],
            issues: [.. scenario.Issues.Select(i => i.ConsentBy.Contains(actorId) ? i with { ConsentBy = i.ConsentBy.Remove(actorId) } : i)],
            positions: [.. scenario.Positions.Where(p => p.ActorId != actorId)],
            levers: levers);
        return Finish(scenario, edited, notes);
    }

    /// <summary>
    /// The actor takes a stand on the issue (a position is made for it when it has none, walking away at 0): on a
    /// discrete issue it prefers the first option and accepts all, values falling along the option order as the
    /// reader's <c>prefer</c> gives them; on a numeric issue it prefers the range's middle and accepts the whole
    /// range. The stand weighs 0 beside other stands (1 when it is the only one) until the weight is set.
    /// </summary>
    public static FormEditResult AddStand(Scenario scenario, string actorId, string issueId)
    {
        if (scenario.FindActor(actorId) is null || scenario.FindIssue(issueId) is not { } issue)
        {
            return FormEditResult.Refused($"There is no actor '{actorId}' or no issue '{issueId}'.");
        }

        var position = scenario.PositionOf(actorId);
        if (position?.On(issueId) is not null)
        {
            return FormEditResult.Refused($"'{actorId}' already takes a stand on '{issueId}'.");
        }

        var weight = Figure.Assumed(position is null || position.Issues.IsEmpty ? 1 : 0);
        var stand = issue.Kind == IssueKind.Numeric
            ? new IssuePosition(issueId, null, (issue.Range!.Min + issue.Range.Max) / 2, [], issue.Range, weight, [], Provenance.Assumption, null, [])
            : new IssuePosition(issueId, issue.Options[0].Id, null, [.. issue.Options.Select(o => o.Id)], null, weight, LinearValues.Of(issue.Options.Length, 0), Provenance.Assumption, null, []);
        var positions = position is null
            ? scenario.Positions.Add(new Position(actorId, [stand], Figure.Assumed(0), []))
            : [.. scenario.Positions.Select(p => p.ActorId == actorId ? p with { Issues = p.Issues.Add(stand) } : p)];
        return FormEditResult.Made(scenario.With(positions: positions), position is null ? [$"'{actorId}' had no position: it now has one, walking away at 0 (set it in the Positions tab)."] : []);
    }

    /// <summary>
    /// The actor drops its stand on the issue (and the stand's dated revisions). Refused when a lever changes
    /// that stand, when a claim's test asks what the issue is worth to the actor, or when the actor's other
    /// issues all weigh 0.
    /// </summary>
    public static FormEditResult RemoveStand(Scenario scenario, string actorId, string issueId)
    {
        if (scenario.PositionOf(actorId) is not { } position || position.On(issueId) is null)
        {
            return FormEditResult.Refused($"'{actorId}' takes no stand on '{issueId}'.");
        }

        if (scenario.Levers.Where(l => l.Effects.Any(e => EffectTargets.Actor(e) == actorId && EffectTargets.Issue(e) == issueId)).Select(l => l.Id).ToList() is { Count: > 0 } levers)
        {
            return FormEditResult.Refused($"Lever{(levers.Count == 1 ? string.Empty : "s")} {Quoted(levers)} change{(levers.Count == 1 ? "s" : string.Empty)} '{actorId}''s stand on '{issueId}': change {(levers.Count == 1 ? "its" : "their")} effects in the Levers tab first.");
        }

        var claims = ClaimUses.Actor(scenario, actorId).Intersect(ClaimUses.Issue(scenario, issueId)).ToList();
        if (claims.Count > 0)
        {
            return FormEditResult.Refused(ClaimsUse([.. claims], $"what '{issueId}' is worth to '{actorId}'"));
        }

        var edited = scenario.With(positions: [.. scenario.Positions.Select(p => p.ActorId != actorId ? p : MapStands(p, s => s.IssueId == issueId ? null : s))]);
        return ZeroWeights(edited, [actorId]) is { } zero ? FormEditResult.Refused(zero) : Finish(scenario, edited, []);
    }
}
