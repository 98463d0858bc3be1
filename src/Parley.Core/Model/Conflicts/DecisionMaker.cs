using System.Collections.Immutable;

namespace Parley.Core.Model.Conflicts;

/// <summary>A decision maker of a conflict: a scenario actor, the options it controls and its preferences.</summary>
/// <param name="ActorId">The scenario actor's id (or, for imported files, a short name).</param>
/// <param name="Name">Display name.</param>
/// <param name="Options">The options it controls, in bit order.</param>
/// <param name="Preferences">Its preferences over states.</param>
public sealed record DecisionMaker(
    string ActorId,
    string Name,
    ImmutableArray<ConflictOption> Options,
    PreferenceModel Preferences);
