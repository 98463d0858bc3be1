namespace Parley.Core.Model;

/// <summary>An option is taken off the table: it disappears from the issue and from every position.</summary>
/// <param name="IssueId">The issue.</param>
/// <param name="OptionId">The option removed; at least one option must remain.</param>
public sealed record OptionRemoval(string IssueId, string OptionId) : LeverEffect
{
    /// <inheritdoc />
    public override string Describe() => $"option {OptionId} of {IssueId} removed";
}
