using Parley.Core.Model;
using Parley.Core.Variants;

namespace Parley.Web.Forms;

/// <summary>
/// The reader's check of levers, run on a model: each lever must derive a valid scenario on its own, and, with
/// dynamics, at its start and at every breakpoint after it on top of the trends. An edit that makes a lever fail
/// that did not fail before is refused with the derivation's sentence, so the form never holds a scenario whose
/// saved YAML the reader would refuse for a lever.
/// </summary>
public static class LeverChecks
{
    /// <summary>
    /// Null when <paramref name="edited"/> breaks no lever that applied to <paramref name="before"/>; else a
    /// sentence naming the first lever it breaks and why.
    /// </summary>
    public static string? NewFailure(Scenario before, Scenario edited)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(edited);

        // The scenario before is derived again only for a lever that fails now: most edits break none, and one
        // pass over the levers (each at every breakpoint) is the cost of a structural edit on a large scenario.
        var saved = FormEdits.NormaliseWeights(edited);
        Scenario? savedBefore = null;
        foreach (var lever in saved.Levers)
        {
            if (Failure(saved, lever) is not { } failure)
            {
                continue;
            }

            savedBefore ??= FormEdits.NormaliseWeights(before);
            if (savedBefore.FindLever(lever.Id) is not { } old || Failure(savedBefore, old) is null)
            {
                return $"Lever '{lever.Id}' could no longer apply: {failure}";
            }
        }

        return null;
    }

    /// <summary>Why lever <paramref name="leverId"/> cannot apply to <paramref name="scenario"/> as it is saved, or null when it can.</summary>
    public static string? FailureOf(Scenario scenario, string leverId)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var saved = FormEdits.NormaliseWeights(scenario);
        return saved.FindLever(leverId) is { } lever ? Failure(saved, lever) : null;
    }

    private static string? Failure(Scenario scenario, Lever lever)
    {
        var derivation = ScenarioVariant.Derive(scenario, new VariantKey([lever.Id]));
        if (!derivation.IsDerived)
        {
            return derivation.Failure;
        }

        if (scenario.Dynamics is not { } dynamics)
        {
            return null;
        }

        double start = lever.StartsAt ?? 0;
        var times = dynamics.Breakpoints().Where(t => t >= start).ToList();
        if (dynamics.Horizon.Contains(start))
        {
            times.Insert(0, start);
        }

        foreach (double t in times)
        {
            var at = ScenarioVariant.Derive(scenario, new VariantKey([lever.Id], t));
            if (!at.IsDerived)
            {
                return at.Failure;
            }
        }

        return null;
    }
}
