using System.Collections.Immutable;

namespace Parley.Core.Model;

/// <summary>
/// A dated revision of an actor's position (a later memorandum, statement or draft): from
/// <paramref name="Date"/> on, each stand in <paramref name="Issues"/> replaces the actor's stand on that
/// issue (its red line, preferred settlement, weight and values), and <paramref name="WalkAway"/>, when
/// given, replaces the walk-away value. Everything it does not name stays as it was.
/// </summary>
/// <param name="Date">From when the revision holds.</param>
/// <param name="Issues">The revised stands, whole (a reader fills in what the revision does not change).</param>
/// <param name="WalkAway">The revised walk-away value, or null when it does not change.</param>
/// <param name="Sources">Ids of the sources of the revision.</param>
/// <param name="Note">The modeller's note on the revision, or null.</param>
public sealed record PositionRevision(
    DateOnly Date,
    ImmutableArray<IssuePosition> Issues,
    Figure? WalkAway,
    ImmutableArray<string> Sources,
    string? Note);
