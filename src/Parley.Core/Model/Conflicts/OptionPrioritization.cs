using System.Collections.Immutable;

namespace Parley.Core.Model.Conflicts;

/// <summary>
/// Preferences by option prioritization (GMCR+): statements, most important first. With k statements,
/// statement number idx (0-based) weighs 2^(k−1−idx); a state's score is the sum of the weights of the
/// statements it satisfies, so a more important statement outweighs all less important ones together.
/// Equal scores are ties.
/// </summary>
/// <param name="Statements">The statements, most important first (at most 62).</param>
public sealed record OptionPrioritization(ImmutableArray<PreferenceStatement> Statements) : PreferenceModel
{
    /// <inheritdoc />
    public override string Describe() => $"option prioritization with {Statements.Length} statements";
}
