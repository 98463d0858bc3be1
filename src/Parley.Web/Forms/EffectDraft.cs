using Parley.Core.Model;

namespace Parley.Web.Forms;

/// <summary>
/// A lever effect as the form's typed inputs hold it while the user fills them in: the kind, and whichever of
/// actor, issue, option, change and bounds the kind needs. <see cref="Build"/> makes the effect, or says what is
/// missing or wrong, with the same rules the reader applies to a written effect.
/// </summary>
/// <param name="Kind">What changes.</param>
/// <param name="Actor">The actor (walk-away, capability, weight, accept, reject).</param>
/// <param name="Issue">The issue (weight, remove-option, impose-option, accept, reject).</param>
/// <param name="Option">The option of the issue, or the conflict option (fix-option, forbid-option).</param>
/// <param name="Mode">How a figure changes (walk-away, capability, weight).</param>
/// <param name="Amount">The new value, the amount added, or the factor.</param>
/// <param name="Min">The new lower bound of a numeric red line (accept, reject on a numeric issue), or null.</param>
/// <param name="Max">The new upper bound of a numeric red line, or null.</param>
public sealed record EffectDraft(EffectKind Kind, string? Actor, string? Issue, string? Option, ChangeMode Mode, double Amount, double? Min, double? Max)
{
    /// <summary>An empty draft of a walk-away change.</summary>
    public static EffectDraft Empty { get; } = new(EffectKind.WalkAway, null, null, null, ChangeMode.Add, 0, null, null);

    /// <summary>The draft of an existing effect (null for a preference change, which the form does not build).</summary>
    public static EffectDraft? From(LeverEffect effect) => effect switch
    {
        WalkAwayChange w => Empty with { Kind = EffectKind.WalkAway, Actor = w.ActorId, Mode = w.Change.Mode, Amount = w.Change.Amount },
        CapabilityChange c => Empty with { Kind = EffectKind.Capability, Actor = c.ActorId, Mode = c.Change.Mode, Amount = c.Change.Amount },
        WeightChange w => Empty with { Kind = EffectKind.Weight, Actor = w.ActorId, Issue = w.IssueId, Mode = w.Change.Mode, Amount = w.Change.Amount },
        OptionRemoval r => Empty with { Kind = EffectKind.RemoveOption, Issue = r.IssueId, Option = r.OptionId },
        OptionImposition i => Empty with { Kind = EffectKind.ImposeOption, Issue = i.IssueId, Option = i.OptionId },
        AcceptanceChange a => Empty with { Kind = a.Accept ? EffectKind.Accept : EffectKind.Reject, Actor = a.ActorId, Issue = a.IssueId, Option = a.OptionId },
        RedLineBoundChange b => Empty with { Kind = b.Accept ? EffectKind.Accept : EffectKind.Reject, Actor = b.ActorId, Issue = b.IssueId, Min = b.Min, Max = b.Max },
        OptionFixing f => Empty with { Kind = f.Taken ? EffectKind.FixOption : EffectKind.ForbidOption, Option = f.OptionId },
        _ => null,
    };

    /// <summary>Whether the kind names an actor.</summary>
    public bool NeedsActor => Kind is EffectKind.WalkAway or EffectKind.Capability or EffectKind.Weight or EffectKind.Accept or EffectKind.Reject;

    /// <summary>Whether the kind names an issue.</summary>
    public bool NeedsIssue => Kind is EffectKind.Weight or EffectKind.RemoveOption or EffectKind.ImposeOption or EffectKind.Accept or EffectKind.Reject;

    /// <summary>Whether the kind changes a figure (set, add or multiply).</summary>
    public bool NeedsChange => Kind is EffectKind.WalkAway or EffectKind.Capability or EffectKind.Weight;

    /// <summary>The effect the draft describes on <paramref name="scenario"/>, or the sentence saying what to fix.</summary>
    public (LeverEffect? Effect, string? Problem) Build(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (NeedsActor && (string.IsNullOrEmpty(Actor) || scenario.FindActor(Actor) is null))
        {
            return (null, "Choose the actor the effect changes.");
        }

        var issue = NeedsIssue ? (string.IsNullOrEmpty(Issue) ? null : scenario.FindIssue(Issue)) : null;
        if (NeedsIssue && issue is null)
        {
            return (null, "Choose the issue the effect changes.");
        }

        if (NeedsChange && (!double.IsFinite(Amount) || (Mode == ChangeMode.Set && (Amount < 0 || Amount > 1))))
        {
            return (null, Mode == ChangeMode.Set ? "A value set is a number from 0 to 1." : "Give the amount as a number.");
        }

        var change = new ValueChange(Mode, Amount);
        switch (Kind)
        {
            case EffectKind.WalkAway:
                return (new WalkAwayChange(Actor!, change), null);
            case EffectKind.Capability:
                return (new CapabilityChange(Actor!, change), null);
            case EffectKind.Weight:
                return (new WeightChange(Actor!, issue!.Id, change), null);
            case EffectKind.FixOption:
            case EffectKind.ForbidOption:
                if (scenario.Conflict is not { } conflict)
                {
                    return (null, "The scenario has no conflict (stability lens), so there is no conflict option to fix or forbid.");
                }

                return conflict.AllOptions.Any(o => o.Id == Option)
                    ? (new OptionFixing(Option!, Kind == EffectKind.FixOption), null)
                    : (null, "Choose one of the conflict's options.");
        }

        if (issue!.Kind == IssueKind.Numeric)
        {
            if (Kind is EffectKind.RemoveOption or EffectKind.ImposeOption)
            {
                return (null, $"Issue '{issue.Id}' is numeric and has no options to remove or impose.");
            }

            var range = issue.Range!;
            if (Min is null && Max is null)
            {
                return (null, $"Give the new min and/or max of the actor's acceptable range on '{issue.Id}' ({range.Min} to {range.Max}).");
            }

            if (Min is { } lo && (!double.IsFinite(lo) || lo < range.Min || lo > range.Max) || Max is { } hi && (!double.IsFinite(hi) || hi < range.Min || hi > range.Max))
            {
                return (null, $"The bounds must lie within the issue's range, {range.Min} to {range.Max}.");
            }

            return Min > Max
                ? (null, $"The min {Min} is above the max {Max}: no number lies between them. Swap them.")
                : (new RedLineBoundChange(Actor!, issue.Id, Min, Max, Kind == EffectKind.Accept), null);
        }

        if (string.IsNullOrEmpty(Option) || issue.IndexOfOption(Option) < 0)
        {
            return (null, $"Choose one of the options of '{issue.Id}'.");
        }

        return Kind switch
        {
            EffectKind.RemoveOption => (new OptionRemoval(issue.Id, Option), null),
            EffectKind.ImposeOption => (new OptionImposition(issue.Id, Option), null),
            _ => (new AcceptanceChange(Actor!, issue.Id, Option, Kind == EffectKind.Accept), null),
        };
    }
}
