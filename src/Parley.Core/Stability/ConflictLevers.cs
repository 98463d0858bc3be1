using Parley.Core.Model.Conflicts;
using Parley.Core.Model;

namespace Parley.Core.Stability;

/// <summary>Applies the lever effects that act on a scenario's conflict (<see cref="OptionFixing"/>, <see cref="PreferenceChange"/>).</summary>
public static class ConflictLevers
{
    /// <summary>The conflict after <paramref name="effect"/>.</summary>
    /// <exception cref="ArgumentException">There is no conflict, the effect names something absent, or fixing options would invalidate an explicit ranking.</exception>
    public static Conflict Apply(Conflict? conflict, LeverEffect effect)
    {
        ArgumentNullException.ThrowIfNull(effect);
        if (conflict is null)
        {
            throw new ArgumentException($"{effect.Describe()}: the scenario has no conflict section.", nameof(conflict));
        }

        switch (effect)
        {
            case OptionFixing fix:
                if (conflict.BitOf(fix.OptionId) < 0)
                {
                    throw new ArgumentException($"{effect.Describe()}: the conflict has no option '{fix.OptionId}'.", nameof(effect));
                }

                // Explicit rankings name states by number, and numbers change when states drop out.
                if (conflict.DecisionMakers.Any(d => d.Preferences is StateRanking))
                {
                    throw new ArgumentException($"{effect.Describe()}: a decision maker ranks states explicitly, and state numbers change when an option is fixed; use option prioritization.", nameof(effect));
                }

                var statusQuo = conflict.StatusQuo;
                if (statusQuo is { } sq)
                {
                    statusQuo = fix.Taken ? (sq.Contains(fix.OptionId) ? sq : sq.Add(fix.OptionId)) : sq.Remove(fix.OptionId);
                }

                var result = conflict with
                {
                    Infeasibilities = conflict.Infeasibilities.Add(new Infeasibility(OptionCondition.Option(fix.OptionId, !fix.Taken), effect.Describe())),
                    StatusQuo = statusQuo,
                };
                result.Check();
                return result;
            case PreferenceChange change:
                int d = conflict.IndexOfDecisionMaker(change.ActorId);
                if (d < 0)
                {
                    throw new ArgumentException($"{effect.Describe()}: the conflict has no decision maker '{change.ActorId}'.", nameof(effect));
                }

                var changed = conflict with { DecisionMakers = conflict.DecisionMakers.SetItem(d, conflict.DecisionMakers[d] with { Preferences = change.Preferences }) };
                changed.Check();
                return changed;
            default:
                throw new ArgumentException($"Lever effect of type {effect.GetType().Name} does not act on a conflict.", nameof(effect));
        }
    }
}
