using System.Collections.Immutable;

namespace Parley.Core.Model.Conflicts;

/// <summary>
/// A conflict in option form (Graph Model for Conflict Resolution): decision makers with yes/no options,
/// conditions that rule states out, preferences, coalitions and the status quo.
/// </summary>
/// <remarks>
/// The options of all decision makers, in decision-maker order, give the bit order of a state (first
/// option = bit 0), so state numbers match gmcr-py's. The constructor checks integrity and throws
/// <see cref="ArgumentException"/> when the model is broken; readers report user errors as diagnostics first.
/// </remarks>
public sealed record Conflict
{
    /// <summary>
    /// The largest number of options a conflict may have: 2^26 ≈ 67 million states, whose arrays (a code
    /// and a rank per decision maker per state) still fit in a few GB.
    /// </summary>
    public const int MaxOptions = 26;

    /// <summary>Creates a conflict and checks its integrity.</summary>
    /// <param name="decisionMakers">At least two decision makers.</param>
    /// <param name="infeasibilities">Conditions that rule states out.</param>
    /// <param name="statusQuo">The options taken in the status quo, or null when none is given.</param>
    /// <param name="coalitions">Named coalitions of decision makers.</param>
    public Conflict(
        ImmutableArray<DecisionMaker> decisionMakers,
        ImmutableArray<Infeasibility> infeasibilities,
        ImmutableArray<string>? statusQuo,
        ImmutableArray<Coalition> coalitions)
    {
        DecisionMakers = decisionMakers.IsDefault ? [] : decisionMakers;
        Infeasibilities = infeasibilities.IsDefault ? [] : infeasibilities;
        StatusQuo = statusQuo is { IsDefault: true } ? [] : statusQuo;
        Coalitions = coalitions.IsDefault ? [] : coalitions;
        Check();
    }

    /// <summary>The decision makers, in bit order.</summary>
    public ImmutableArray<DecisionMaker> DecisionMakers { get; init; }

    /// <summary>Conditions that rule states out.</summary>
    public ImmutableArray<Infeasibility> Infeasibilities { get; init; }

    /// <summary>The options taken in the status quo, or null.</summary>
    public ImmutableArray<string>? StatusQuo { get; init; }

    /// <summary>Named coalitions.</summary>
    public ImmutableArray<Coalition> Coalitions { get; init; }

    /// <summary>All options in bit order.</summary>
    public ImmutableArray<ConflictOption> AllOptions => [.. DecisionMakers.SelectMany(d => d.Options)];

    /// <summary>The bit index of <paramref name="optionId"/>, or −1.</summary>
    public int BitOf(string optionId)
    {
        int bit = 0;
        foreach (var dm in DecisionMakers)
        {
            foreach (var option in dm.Options)
            {
                if (string.Equals(option.Id, optionId, StringComparison.Ordinal))
                {
                    return bit;
                }

                bit++;
            }
        }

        return -1;
    }

    /// <summary>The index of the decision maker with actor id <paramref name="actorId"/>, or −1.</summary>
    public int IndexOfDecisionMaker(string actorId)
    {
        for (int i = 0; i < DecisionMakers.Length; i++)
        {
            if (string.Equals(DecisionMakers[i].ActorId, actorId, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Checks integrity; also called after levers rebuild the conflict.</summary>
    /// <exception cref="ArgumentException">The model is broken.</exception>
    public void Check()
    {
        if (FindProblem() is { } problem)
        {
            throw new ArgumentException(problem);
        }
    }

    /// <summary>What breaks the conflict's integrity, as a sentence, or null when nothing does.</summary>
    public string? FindProblem() => FindProblem(DecisionMakers, Infeasibilities, StatusQuo, Coalitions);

    /// <summary>
    /// What would break the integrity of a conflict built from these parts, as a sentence, or null when
    /// nothing would: what readers call before building one from a user's file.
    /// </summary>
    public static string? FindProblem(
        ImmutableArray<DecisionMaker> decisionMakers,
        ImmutableArray<Infeasibility> infeasibilities,
        ImmutableArray<string>? statusQuo,
        ImmutableArray<Coalition> coalitions)
    {
        decisionMakers = decisionMakers.IsDefault ? [] : decisionMakers;
        infeasibilities = infeasibilities.IsDefault ? [] : infeasibilities;
        coalitions = coalitions.IsDefault ? [] : coalitions;
        statusQuo = statusQuo is { IsDefault: true } ? [] : statusQuo;
        if (decisionMakers.Length < 2)
        {
            return $"A conflict needs at least two decision makers; it has {decisionMakers.Length}.";
        }

        var dmIds = new HashSet<string>(StringComparer.Ordinal);
        var optionIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var dm in decisionMakers)
        {
            if (dm is null || !dmIds.Add(dm.ActorId))
            {
                return $"Decision maker '{dm?.ActorId}' is null or appears twice.";
            }

            if (dm.Options.IsDefaultOrEmpty)
            {
                return $"Decision maker '{dm.ActorId}' controls no option.";
            }

            foreach (var option in dm.Options)
            {
                if (!optionIds.Add(option.Id))
                {
                    return $"Option '{option.Id}' appears twice.";
                }
            }
        }

        if (optionIds.Count > MaxOptions)
        {
            return $"A conflict may have at most {MaxOptions} options; it has {optionIds.Count}.";
        }

        string? Known(OptionCondition c, string where)
        {
            foreach (var id in c.OptionIds())
            {
                if (!optionIds.Contains(id))
                {
                    return $"{where} names unknown option '{id}'.";
                }
            }

            return null;
        }

        foreach (var inf in infeasibilities)
        {
            if (Known(inf.Condition, "An infeasibility condition") is { } unknown)
            {
                return unknown;
            }
        }

        foreach (var dm in decisionMakers)
        {
            switch (dm.Preferences)
            {
                case OptionPrioritization p:
                    if (p.Statements.IsDefault || p.Statements.Length > 62)
                    {
                        return $"Decision maker '{dm.ActorId}' needs between 0 and 62 preference statements.";
                    }

                    foreach (var s in p.Statements)
                    {
                        if (Known(s.Condition, $"A preference statement of '{dm.ActorId}'") is { } unknown)
                        {
                            return unknown;
                        }
                    }

                    break;
                case StateRanking r:
                    if (r.TiersBestFirst.IsDefault)
                    {
                        return $"Decision maker '{dm.ActorId}' has an empty ranking.";
                    }

                    break;
                default:
                    return $"Decision maker '{dm.ActorId}' has no preferences.";
            }
        }

        if (statusQuo is { } sq)
        {
            foreach (var id in sq)
            {
                if (!optionIds.Contains(id))
                {
                    return $"The status quo names unknown option '{id}'.";
                }
            }
        }

        var coalitionIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in coalitions)
        {
            if (!coalitionIds.Add(c.Id) || c.Members.IsDefault || c.Members.Length < 2 || c.Members.Distinct().Count() != c.Members.Length)
            {
                return $"Coalition '{c.Id}' must have a unique id and at least two distinct members.";
            }

            foreach (var m in c.Members)
            {
                if (!dmIds.Contains(m))
                {
                    return $"Coalition '{c.Id}' names unknown decision maker '{m}'.";
                }
            }
        }

        return null;
    }
}
