namespace Parley.Core.Model;

/// <summary>An actor moves its red line: it comes to accept, or stops accepting, one option of an issue.</summary>
/// <param name="ActorId">Whose red line.</param>
/// <param name="IssueId">The issue.</param>
/// <param name="OptionId">The option.</param>
/// <param name="Accept">True to add the option to the acceptable set, false to remove it.</param>
public sealed record AcceptanceChange(string ActorId, string IssueId, string OptionId, bool Accept) : LeverEffect
{
    /// <inheritdoc />
    public override string Describe() =>
        Accept ? $"{ActorId} accepts {OptionId} on {IssueId}" : $"{ActorId} no longer accepts {OptionId} on {IssueId}";
}
