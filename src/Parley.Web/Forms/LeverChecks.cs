using System.Collections.Immutable;
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
    /// The levers that cannot apply to <paramref name="scenario"/> as it is saved (each actor's weights divided by
    /// their sum, as <see cref="FormSave"/> writes them), by id, with why.
    /// </summary>
    public static ImmutableDictionary<string, string> Failures(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);

        // A weight change is checked against the weight the reader will see: after a stand is removed the other
        // weights grow when saved, and +0.5 on 0.5 may become +0.5 on 0.59.
        scenario = FormEdits.NormaliseWeights(scenario);
        var failures = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var lever in scenario.Levers)
        {
            if (Failure(scenario, lever) is { } failure)
            {
                failures[lever.Id] = failure;
            }
        }

        return failures.ToImmutable();
    }

    /// <summary>
    /// Null when <paramref name="edited"/> breaks no lever that applied to <paramref name="before"/>; else a
    /// sentence naming the first lever it breaks and why.
    /// </summary>
    public static string? NewFailure(Scenario before, Scenario edited)
    {
        var old = Failures(before);
        foreach (var (id, failure) in Failures(edited).OrderBy(f => edited.Levers.IndexOf(edited.FindLever(f.Key)!)))
        {
            if (!old.ContainsKey(id))
            {
                return $"Lever '{id}' could no longer apply: {failure}";
            }
        }

        return null;
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
