using System.Collections.Immutable;

namespace Parley.Core.Model.Conflicts;

/// <summary>A condition that rules states out: every state in which <see cref="Condition"/> holds is infeasible.</summary>
/// <param name="Condition">The condition an infeasible state satisfies.</param>
/// <param name="Description">A neutral sentence saying why, or null.</param>
public sealed record Infeasibility(OptionCondition Condition, string? Description = null)
{
    /// <summary>At most one of <paramref name="optionIds"/> may be taken.</summary>
    public static Infeasibility AtMostOneOf(IEnumerable<string> optionIds, string? description = null)
    {
        var ids = Ids(optionIds, 2);
        var pairs = new List<OptionCondition>();
        for (int a = 0; a < ids.Length; a++)
        {
            for (int b = a + 1; b < ids.Length; b++)
            {
                pairs.Add(OptionCondition.And(OptionCondition.Option(ids[a]), OptionCondition.Option(ids[b])));
            }
        }

        return new(OptionCondition.Or(pairs), description ?? $"at most one of {string.Join(", ", ids)}");
    }

    /// <summary>At least one of <paramref name="optionIds"/> must be taken.</summary>
    public static Infeasibility AtLeastOneOf(IEnumerable<string> optionIds, string? description = null)
    {
        var ids = Ids(optionIds, 1);
        return new(OptionCondition.And(ids.Select(id => OptionCondition.Option(id, taken: false))), description ?? $"at least one of {string.Join(", ", ids)}");
    }

    /// <summary>Option <paramref name="optionId"/> may only be taken together with <paramref name="requiredOptionId"/>.</summary>
    public static Infeasibility Requires(string optionId, string requiredOptionId, string? description = null) =>
        new(OptionCondition.And(OptionCondition.Option(optionId), OptionCondition.Option(requiredOptionId, taken: false)),
            description ?? $"{optionId} requires {requiredOptionId}");

    private static ImmutableArray<string> Ids(IEnumerable<string> optionIds, int minimum)
    {
        ArgumentNullException.ThrowIfNull(optionIds);
        var ids = optionIds.ToImmutableArray();
        if (ids.Length < minimum)
        {
            throw new ArgumentException($"Needs at least {minimum} option ids, got {ids.Length}.", nameof(optionIds));
        }

        return ids;
    }
}
