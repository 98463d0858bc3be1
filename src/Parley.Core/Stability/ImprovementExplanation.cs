using System.Collections.Immutable;
using Parley.Core.Model.Conflicts;

namespace Parley.Core.Stability;

/// <summary>One unilateral improvement of a decision maker and what, if anything, deters it.</summary>
/// <param name="To">The state the improvement leads to.</param>
/// <param name="Deterred">True when a sanction exists under the concept.</param>
/// <param name="Sanction">
/// The sanction: the others' moves, in order (a shortest legal sequence for GMR, SMR and SEQ; the
/// simultaneous moves from the original state for SIM); empty when not deterred.
/// </param>
/// <param name="Reason">A sentence saying why.</param>
public sealed record ImprovementExplanation(int To, bool Deterred, ImmutableArray<Move> Sanction, string Reason);
