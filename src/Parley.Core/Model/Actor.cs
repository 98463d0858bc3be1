using System.Collections.Immutable;

namespace Parley.Core.Model;

/// <summary>Someone at or around the table.</summary>
/// <param name="Id">Unique id within the scenario, such as <c>RU</c>.</param>
/// <param name="Name">Display name.</param>
/// <param name="Role">The part the actor plays.</param>
/// <param name="Capability">Relative clout (0–1) for the forecast lens, or null when not modelled.</param>
/// <param name="Supports">Ids of the actors this actor backs (for backers).</param>
/// <param name="Description">A neutral sentence about the actor, or null.</param>
/// <param name="Sources">Ids of sources about the actor.</param>
public sealed record Actor(
    string Id,
    string Name,
    ActorRole Role,
    Figure? Capability,
    ImmutableArray<string> Supports,
    string? Description,
    ImmutableArray<string> Sources)
{
    /// <summary>True for the sides whose consent a deal needs by default.</summary>
    public bool IsParty => Role == ActorRole.Party;
}
