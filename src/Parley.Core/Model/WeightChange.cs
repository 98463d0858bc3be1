namespace Parley.Core.Model;

/// <summary>
/// The weight an actor gives an issue changes; the actor's other weights are then scaled so that all
/// of its weights again sum to 1.
/// </summary>
/// <param name="ActorId">Whose weight.</param>
/// <param name="IssueId">Which issue.</param>
/// <param name="Change">How it changes; the result must stay within [0, 1].</param>
public sealed record WeightChange(string ActorId, string IssueId, ValueChange Change) : LeverEffect
{
    /// <inheritdoc />
    public override string Describe() => $"weight of {IssueId} for {ActorId} {Change}";
}
