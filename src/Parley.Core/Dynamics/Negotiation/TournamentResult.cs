using System.Collections.Immutable;
using Parley.Core.Model.Dynamics;

namespace Parley.Core.Dynamics;

/// <summary>Every negotiation of a tournament and the score of each strategy.</summary>
/// <param name="Problems">The problems' names, in the order given.</param>
/// <param name="Runs">One run per problem and assignment, problems in order, assignments in lexicographic order.</param>
/// <param name="Scores">One score per strategy, in the order the strategies were given.</param>
public sealed record TournamentResult(ImmutableArray<string> Problems, ImmutableArray<TournamentRun> Runs, ImmutableArray<StrategyScore> Scores);
