using System.Collections.Immutable;

namespace Parley.Core.Model;

/// <summary>
/// A non-additive part of an actor's utility: a bonus (positive value) or penalty (negative value) added to
/// the utility of every package in which all of <paramref name="Conditions"/> hold together, for example
/// "US relief is worth 0.1 less while the EU keeps its sanctions". The value is on the utility scale
/// itself (after weights), in [-1, 1], and applies only when every issue it names is part of the deal
/// being judged (see <c>docs/agreement.md</c>).
/// </summary>
/// <param name="Conditions">The conditions, at most one per issue (at least one).</param>
/// <param name="Value">The bonus or penalty, with its provenance and uncertainty.</param>
/// <param name="Description">What the term stands for, or null.</param>
/// <param name="Sources">Ids of the sources the term rests on.</param>
public sealed record InteractionTerm(
    ImmutableArray<InteractionCondition> Conditions,
    Figure Value,
    string? Description,
    ImmutableArray<string> Sources);
