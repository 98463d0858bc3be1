using System.Collections.Immutable;

namespace Parley.Core.Model;

/// <summary>A named what-if: something an actor could do, as a list of effects on the scenario.</summary>
/// <param name="Id">Unique id within the scenario.</param>
/// <param name="Name">Display name, such as "US halts military aid and intelligence".</param>
/// <param name="ActorId">The actor who pulls the lever.</param>
/// <param name="Effects">The changes, applied in order.</param>
/// <param name="StartsAt">When the lever takes effect on the dynamics horizon, or null for "from the start".</param>
/// <param name="Description">A neutral sentence, or null.</param>
/// <param name="Provenance">Whether the effects are stated (e.g. announced) or the modeller's assumption.</param>
/// <param name="Sources">Ids of its sources.</param>
public sealed record Lever(
    string Id,
    string Name,
    string ActorId,
    ImmutableArray<LeverEffect> Effects,
    double? StartsAt,
    string? Description,
    Provenance Provenance,
    ImmutableArray<string> Sources);
