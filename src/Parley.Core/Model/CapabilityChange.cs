namespace Parley.Core.Model;

/// <summary>An actor's capability (clout) changes.</summary>
/// <param name="ActorId">Whose capability.</param>
/// <param name="Change">How it changes; the result must stay within [0, 1].</param>
public sealed record CapabilityChange(string ActorId, ValueChange Change) : LeverEffect
{
    /// <inheritdoc />
    public override string Describe() => $"capability of {ActorId} {Change}";
}
