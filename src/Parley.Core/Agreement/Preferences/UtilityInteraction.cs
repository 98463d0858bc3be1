using System.Collections.Immutable;

namespace Parley.Core.Agreement;

/// <summary>
/// An interaction term of a utility over an <see cref="OutcomeSpace"/>: <see cref="Value"/> is added to the
/// utility of every package whose option on each issue of <see cref="Issues"/> is one that
/// <see cref="Holds"/> marks. Issues are dense indices, ascending and distinct.
/// </summary>
public sealed record UtilityInteraction
{
    /// <summary>Creates a term.</summary>
    /// <param name="issues">The issues the term looks at, ascending and distinct (at least one).</param>
    /// <param name="holds">For each of <paramref name="issues"/>, which of its options meet the condition.</param>
    /// <param name="value">The bonus (positive) or penalty (negative) when every condition holds.</param>
    /// <exception cref="ArgumentException">The issues are not ascending, the lists differ in length, or the value is not finite.</exception>
    public UtilityInteraction(ImmutableArray<int> issues, ImmutableArray<ImmutableArray<bool>> holds, double value)
    {
        if (issues.IsDefaultOrEmpty)
        {
            throw new ArgumentException("An interaction term needs at least one issue.", nameof(issues));
        }

        if (holds.IsDefault || holds.Length != issues.Length)
        {
            throw new ArgumentException($"Give one row of conditions per issue ({issues.Length}); got {(holds.IsDefault ? 0 : holds.Length)}.", nameof(holds));
        }

        for (int k = 0; k < issues.Length; k++)
        {
            if (issues[k] < 0 || (k > 0 && issues[k] <= issues[k - 1]))
            {
                throw new ArgumentException($"The issues of an interaction term must be distinct non-negative indices in ascending order; got {string.Join(", ", issues)}.", nameof(issues));
            }

            if (holds[k].IsDefault)
            {
                throw new ArgumentException($"The conditions on issue {issues[k]} are missing.", nameof(holds));
            }
        }

        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"The value of an interaction term must be finite; got {value}.", nameof(value));
        }

        Issues = issues;
        Holds = holds;
        Value = value;
    }

    /// <summary>The issues the term looks at, ascending.</summary>
    public ImmutableArray<int> Issues { get; }

    /// <summary>For each of <see cref="Issues"/>, by option: whether the option meets the condition.</summary>
    public ImmutableArray<ImmutableArray<bool>> Holds { get; }

    /// <summary>The bonus (positive) or penalty (negative) when every condition holds.</summary>
    public double Value { get; }

    /// <summary>True when every condition holds for the package (one option index per issue).</summary>
    public bool HoldsFor(ReadOnlySpan<int> package)
    {
        for (int k = 0; k < Issues.Length; k++)
        {
            if (!Holds[k][package[Issues[k]]])
            {
                return false;
            }
        }

        return true;
    }
}
