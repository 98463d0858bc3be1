using System.Collections.Immutable;
using Parley.Core.Model;

namespace Parley.Core.Levers;

/// <summary>
/// Derives the scenario that results when levers are pulled. Pure: the input scenario is untouched.
/// </summary>
public static class LeverApplication
{
    /// <summary>Applies the levers with the given ids, in order.</summary>
    /// <exception cref="ArgumentException">An id names no lever of the scenario, or an effect cannot apply.</exception>
    public static Scenario Apply(Scenario scenario, IEnumerable<string> leverIds)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(leverIds);
        var result = scenario;
        foreach (var id in leverIds)
        {
            var lever = scenario.FindLever(id)
                ?? throw new ArgumentException($"The scenario has no lever '{id}'. Known levers: {string.Join(", ", scenario.Levers.Select(l => l.Id))}.", nameof(leverIds));
            result = Apply(result, lever);
        }

        return result;
    }

    /// <summary>Applies every effect of <paramref name="lever"/>, in order.</summary>
    /// <exception cref="ArgumentException">An effect refers to something absent or leaves a figure out of range.</exception>
    public static Scenario Apply(Scenario scenario, Lever lever)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(lever);
        var result = scenario;
        foreach (var effect in lever.Effects)
        {
            result = Apply(result, effect);
        }

        return result;
    }

    /// <summary>Applies one effect.</summary>
    /// <exception cref="ArgumentException">The effect refers to something absent or leaves a figure out of range.</exception>
    public static Scenario Apply(Scenario scenario, LeverEffect effect)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(effect);
        return effect switch
        {
            WalkAwayChange w => ChangePosition(scenario, w.ActorId, p =>
                p with { WalkAway = Changed(p.WalkAway, w.Change, effect) }),
            CapabilityChange c => ChangeActor(scenario, c.ActorId, a =>
                a.Capability is null
                    ? throw new ArgumentException($"{effect.Describe()}: actor '{a.Id}' has no capability to change.", nameof(effect))
                    : a with { Capability = Changed(a.Capability, c.Change, effect) }),
            WeightChange wc => ChangePosition(scenario, wc.ActorId, p => ChangeWeight(p, wc)),
            OptionRemoval r => KeepOptions(scenario, r.IssueId, r.OptionId, keep: false, effect),
            OptionImposition i => KeepOptions(scenario, i.IssueId, i.OptionId, keep: true, effect),
            AcceptanceChange ac => ChangePosition(scenario, ac.ActorId, p => ChangeAcceptance(scenario, p, ac)),
            RedLineBoundChange bc => ChangePosition(scenario, bc.ActorId, p => RedLineBounds.Apply(scenario, p, bc)),
            OptionFixing or PreferenceChange => scenario.WithConflict(Stability.ConflictLevers.Apply(scenario.Conflict, effect)),
            _ => throw new ArgumentException($"Lever effect of type {effect.GetType().Name} is not known here.", nameof(effect)),
        };
    }

    // The lever moves the figure's uncertainty range with its value (Figure.WithChange), so Monte Carlo
    // draws see the lever; the range is then clipped to the figure's domain [0, 1].
    private static Figure Changed(Figure figure, ValueChange change, LeverEffect effect)
    {
        var changed = figure.WithChange(change);
        InRange(changed.Value, effect);
        return changed.WithUncertaintyWithin(0, 1);
    }

    private static double InRange(double value, LeverEffect effect)
    {
        if (!double.IsFinite(value) || value < 0 || value > 1)
        {
            throw new ArgumentException($"{effect.Describe()} gives {value:0.###}, outside [0, 1].", nameof(effect));
        }

        return value;
    }

    private static Scenario ChangeActor(Scenario s, string actorId, Func<Actor, Actor> change)
    {
        int index = IndexOf(s.Actors, a => a.Id == actorId, $"actor '{actorId}'");
        return Rebuild(s, actors: s.Actors.SetItem(index, change(s.Actors[index])));
    }

    private static Scenario ChangePosition(Scenario s, string actorId, Func<Position, Position> change)
    {
        int index = IndexOf(s.Positions, p => p.ActorId == actorId, $"position of actor '{actorId}'");
        return Rebuild(s, positions: s.Positions.SetItem(index, change(s.Positions[index])));
    }

    private static Position ChangeWeight(Position p, WeightChange wc)
    {
        int index = IndexOf(p.Issues, ip => ip.IssueId == wc.IssueId, $"position of '{p.ActorId}' on issue '{wc.IssueId}'");
        double old = p.Issues[index].Weight.Value;
        double updated = InRange(wc.Change.ApplyTo(old), wc);
        double othersBefore = 1 - old;
        double othersAfter = 1 - updated;

        // The other weights keep their proportions and fill what the changed one leaves.
        var builder = p.Issues.ToBuilder();
        for (int i = 0; i < builder.Count; i++)
        {
            var ip = builder[i];
            double w = i == index
                ? updated
                : othersBefore > 0 ? ip.Weight.Value * othersAfter / othersBefore : othersAfter / (builder.Count - 1);
            var weight = i == index
                ? ip.Weight.WithChange(wc.Change)
                : othersBefore > 0 ? ip.Weight.WithChange(new ValueChange(ChangeMode.Multiply, othersAfter / othersBefore)) : ip.Weight.WithValue(w);
            builder[i] = ip with { Weight = (weight with { Value = w }).WithUncertaintyWithin(0, 1) };
        }

        return p with { Issues = builder.ToImmutable() };
    }

    private static Position ChangeAcceptance(Scenario s, Position p, AcceptanceChange ac)
    {
        var issue = s.FindIssue(ac.IssueId) ?? throw new ArgumentException($"{ac.Describe()}: no issue '{ac.IssueId}'.", nameof(ac));
        if (issue.IndexOfOption(ac.OptionId) < 0)
        {
            throw new ArgumentException($"{ac.Describe()}: issue '{ac.IssueId}' has no option '{ac.OptionId}'.", nameof(ac));
        }

        int index = IndexOf(p.Issues, ip => ip.IssueId == ac.IssueId, $"position of '{p.ActorId}' on issue '{ac.IssueId}'");
        var ip = p.Issues[index];
        var acceptable = ac.Accept
            ? (ip.Acceptable.Contains(ac.OptionId) ? ip.Acceptable : ip.Acceptable.Add(ac.OptionId))
            : ip.Acceptable.Remove(ac.OptionId);

        // Keep the acceptable set in the issue's option order, so results do not depend on lever order.
        acceptable = [.. issue.Options.Select(o => o.Id).Where(acceptable.Contains)];
        return p with { Issues = p.Issues.SetItem(index, ip with { Acceptable = acceptable }) };
    }

    private static Scenario KeepOptions(Scenario s, string issueId, string optionId, bool keep, LeverEffect effect)
    {
        int issueIndex = IndexOf(s.Issues, i => i.Id == issueId, $"issue '{issueId}'");
        var issue = s.Issues[issueIndex];
        int optionIndex = issue.IndexOfOption(optionId);
        if (optionIndex < 0)
        {
            throw new ArgumentException($"{effect.Describe()}: issue '{issueId}' has no option '{optionId}'.", nameof(effect));
        }

        var kept = new List<int>();
        for (int i = 0; i < issue.Options.Length; i++)
        {
            if ((i == optionIndex) == keep)
            {
                kept.Add(i);
            }
        }

        if (kept.Count == 0)
        {
            throw new ArgumentException($"{effect.Describe()} would leave issue '{issueId}' without options.", nameof(effect));
        }

        var newIssue = issue with { Options = [.. kept.Select(i => issue.Options[i])] };
        if (newIssue.StatusQuo is not null && newIssue.IndexOfOption(newIssue.StatusQuo) < 0)
        {
            newIssue = newIssue with { StatusQuo = null };
        }

        var positions = s.Positions.Select(p =>
        {
            var issues = p.Issues.Select(ip =>
            {
                if (ip.IssueId != issueId)
                {
                    return ip;
                }

                var values = kept.Select(i => ip.Values[i]).ToImmutableArray();
                var acceptable = ip.Acceptable.Where(newIssue.Options.Select(o => o.Id).Contains).ToImmutableArray();
                string? preferred = ip.Preferred;
                if (preferred is not null && newIssue.IndexOfOption(preferred) < 0)
                {
                    // The preferred option is gone: the actor now prefers its best remaining option.
                    int best = 0;
                    for (int i = 1; i < values.Length; i++)
                    {
                        if (values[i] > values[best])
                        {
                            best = i;
                        }
                    }

                    preferred = newIssue.Options[best].Id;
                }

                return ip with { Values = values, Acceptable = acceptable, Preferred = preferred };
            }).ToImmutableArray();
            return p with { Issues = issues };
        }).ToImmutableArray();

        var proposals = s.Proposals.Select(pr => pr with
        {
            Terms = [.. pr.Terms.Where(t => t.IssueId != issueId || t.OptionId is null || newIssue.IndexOfOption(t.OptionId) >= 0)],
        }).ToImmutableArray();

        return Rebuild(s, issues: s.Issues.SetItem(issueIndex, newIssue), positions: positions, proposals: proposals);
    }

    private static int IndexOf<T>(ImmutableArray<T> items, Func<T, bool> match, string what)
    {
        for (int i = 0; i < items.Length; i++)
        {
            if (match(items[i]))
            {
                return i;
            }
        }

        throw new ArgumentException($"The scenario has no {what}.");
    }

    // Integrity is re-checked, so a derived scenario is as valid as a read one; `with` keeps every
    // section (conflict, dynamics) that the effect does not touch.
    private static Scenario Rebuild(
        Scenario s,
        ImmutableArray<Actor>? actors = null,
        ImmutableArray<Issue>? issues = null,
        ImmutableArray<Position>? positions = null,
        ImmutableArray<Proposal>? proposals = null)
    {
        return s.With(actors: actors, issues: issues, positions: positions, proposals: proposals);
    }
}
