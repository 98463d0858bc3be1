namespace Parley.Core.Model;

/// <summary>An actor's walk-away value changes (for example, a backer's aid stops and the status quo is worth less).</summary>
/// <param name="ActorId">Whose walk-away value.</param>
/// <param name="Change">How it changes; the result must stay within [0, 1].</param>
public sealed record WalkAwayChange(string ActorId, ValueChange Change) : LeverEffect
{
    /// <inheritdoc />
    public override string Describe() => $"walk-away of {ActorId} {Change}";
}
