using System.Collections.Immutable;

namespace Parley.Core.Agreement;

/// <summary>An option of a package that lies outside an actor's red line.</summary>
/// <param name="IssueId">The issue.</param>
/// <param name="OptionId">The option the package chooses.</param>
/// <param name="Acceptable">The options the actor can live with on the issue.</param>
/// <param name="Sources">Ids of the sources of the red line.</param>
public sealed record RedLineBreach(string IssueId, string OptionId, ImmutableArray<string> Acceptable, ImmutableArray<string> Sources);
