using Parley.Core.Model.Conflicts;

namespace Parley.Core.Model;

/// <summary>A decision maker's preferences in the scenario's conflict are replaced (stability lens).</summary>
/// <param name="ActorId">The decision maker.</param>
/// <param name="Preferences">The new preferences: option prioritization statements or an explicit ranking.</param>
public sealed record PreferenceChange(string ActorId, PreferenceModel Preferences) : LeverEffect
{
    /// <inheritdoc />
    public override string Describe() => $"preferences of {ActorId} replaced by {Preferences.Describe()}";
}
