using System.Collections.Immutable;
using Parley.Core.Model.Dynamics;

namespace Parley.Core.Dynamics;

/// <summary>One negotiation of a tournament.</summary>
/// <param name="ProblemIndex">Index of the problem in the tournament's list.</param>
/// <param name="Assignment">For each party, in turn order, the index of its strategy in the tournament's list.</param>
/// <param name="Result">How it ended (without trace).</param>
public sealed record TournamentRun(int ProblemIndex, ImmutableArray<int> Assignment, NegotiationResult Result);
