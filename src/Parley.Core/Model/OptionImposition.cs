namespace Parley.Core.Model;

/// <summary>An issue is settled from outside: only the imposed option remains.</summary>
/// <param name="IssueId">The issue.</param>
/// <param name="OptionId">The option imposed.</param>
public sealed record OptionImposition(string IssueId, string OptionId) : LeverEffect
{
    /// <inheritdoc />
    public override string Describe() => $"option {OptionId} of {IssueId} imposed";
}
