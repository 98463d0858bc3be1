using System.Collections.Immutable;
using Parley.Core.Model;

namespace Parley.Web.Forms;

// Editing a lever's effects, and removing a lever.
public static partial class FormEdits
{
    /// <summary>The lever with <paramref name="draft"/>'s effect added last. Refused when the draft is incomplete or the lever could then not apply.</summary>
    public static FormEditResult AddEffect(Scenario scenario, string leverId, EffectDraft draft) =>
        EditEffects(scenario, leverId, draft, effects => effects.Add);

    /// <summary>The lever's effect at <paramref name="index"/> replaced by <paramref name="draft"/>'s. Refused like <see cref="AddEffect"/>.</summary>
    public static FormEditResult ChangeEffect(Scenario scenario, string leverId, int index, EffectDraft draft)
    {
        var lever = scenario.FindLever(leverId);
        return lever is null || index < 0 || index >= lever.Effects.Length
            ? FormEditResult.Refused($"Lever '{leverId}' has no effect {index + 1}.")
            : EditEffects(scenario, leverId, draft, effects => e => effects.SetItem(index, e));
    }

    /// <summary>The lever without its effect at <paramref name="index"/>. Refused for its only effect (remove the lever instead).</summary>
    public static FormEditResult RemoveEffect(Scenario scenario, string leverId, int index)
    {
        if (scenario.FindLever(leverId) is not { } lever || index < 0 || index >= lever.Effects.Length)
        {
            return FormEditResult.Refused($"Lever '{leverId}' has no effect {index + 1}.");
        }

        if (lever.Effects.Length == 1)
        {
            return FormEditResult.Refused($"'{lever.Effects[0].Describe()}' is the only effect of lever '{leverId}'; a lever changes at least one thing. Remove the lever instead.");
        }

        var edited = WithLever(scenario, lever with { Effects = lever.Effects.RemoveAt(index) });
        return Checked(edited, leverId);
    }

    /// <summary>Removes the lever. Refused when a claim is made under it (its <c>with</c> names the lever).</summary>
    public static FormEditResult RemoveLever(Scenario scenario, string leverId)
    {
        if (scenario.FindLever(leverId) is null)
        {
            return FormEditResult.Refused($"There is no lever '{leverId}'.");
        }

        var claims = scenario.Claims.Where(c => c.With.Contains(leverId)).Select(c => c.Id).ToImmutableArray();
        return claims.IsEmpty
            ? FormEditResult.Made(scenario.With(levers: [.. scenario.Levers.Where(l => l.Id != leverId)]))
            : FormEditResult.Refused($"{(claims.Length == 1 ? "Claim" : "Claims")} {Quoted(claims)} {(claims.Length == 1 ? "is" : "are")} made with lever '{leverId}' pulled: change {(claims.Length == 1 ? "its" : "their")} 'with' in the YAML editor first.");
    }

    private static FormEditResult EditEffects(Scenario scenario, string leverId, EffectDraft draft, Func<ImmutableArray<LeverEffect>, Func<LeverEffect, ImmutableArray<LeverEffect>>> edit)
    {
        if (scenario.FindLever(leverId) is not { } lever)
        {
            return FormEditResult.Refused($"There is no lever '{leverId}'.");
        }

        var (effect, problem) = draft.Build(scenario);
        if (effect is null)
        {
            return FormEditResult.Refused(problem!);
        }

        var effects = edit(lever.Effects)(effect);
        if (Contradiction(effects) is { } contradiction)
        {
            return FormEditResult.Refused(contradiction);
        }

        return Checked(WithLever(scenario, lever with { Effects = effects }), leverId);
    }

    // The edited lever must apply (whether or not it did before); an edit of one lever's effects changes no other.
    private static FormEditResult Checked(Scenario edited, string leverId) =>
        LeverChecks.FailureOf(edited, leverId) is { } failure
            ? FormEditResult.Refused($"Lever '{leverId}' could not apply with this effect: {failure}")
            : FormEditResult.Made(edited);

    private static Scenario WithLever(Scenario scenario, Lever lever) =>
        scenario.With(levers: [.. scenario.Levers.Select(l => l.Id == lever.Id ? lever : l)]);

    // The reader's rule: one lever may not both widen and narrow the same red line past each other.
    private static string? Contradiction(ImmutableArray<LeverEffect> effects)
    {
        var bounds = effects.OfType<RedLineBoundChange>().ToList();
        foreach (var accept in bounds.Where(b => b.Accept))
        {
            foreach (var reject in bounds.Where(b => !b.Accept && b.ActorId == accept.ActorId && b.IssueId == accept.IssueId))
            {
                if ((accept.Max is { } am && reject.Max is { } rm && am > rm) || (accept.Min is { } an && reject.Min is { } rn && an < rn))
                {
                    return $"The lever would contradict itself: '{accept.Describe()}' and '{reject.Describe()}'. Keep one of them.";
                }
            }
        }

        return null;
    }
}
