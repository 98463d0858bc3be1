using System.Collections.Immutable;
using Parley.Core.Model.Conflicts;

namespace Parley.Core.Model;

/// <summary>
/// A named way the conflict can end (lasting deadlock, a settlement, one side's capitulation): a condition
/// over the conflict's options and/or the agreement outcome of tracks. A state of the conflict together
/// with the tracks' outcomes lies in the end state when both parts hold (an absent part always holds).
/// </summary>
/// <param name="Id">Unique id within the scenario.</param>
/// <param name="Name">Display name.</param>
/// <param name="Description">A neutral sentence, or null.</param>
/// <param name="When">The condition over the conflict's options (needs a conflict section), or null.</param>
/// <param name="Agreements">For some tracks, whether a deal is possible on them (an agreement space that is not empty).</param>
/// <param name="Sources">Ids of its sources.</param>
public sealed record EndState(
    string Id,
    string Name,
    string? Description,
    OptionCondition? When,
    ImmutableArray<TrackOutcome> Agreements,
    ImmutableArray<string> Sources);
