using System.Collections.Immutable;

namespace Parley.Core.Claims;

/// <summary>Every claim of a scenario put to the test.</summary>
/// <param name="ScenarioId">The scenario.</param>
/// <param name="Levers">The levers the caller added to every claim.</param>
/// <param name="Draws">Monte Carlo draws made per claim (0 when none: none asked, or no figure carries an uncertainty).</param>
/// <param name="Seed">The master seed of the draws.</param>
/// <param name="Claims">One result per claim, in scenario order.</param>
public sealed record ClaimEvaluationReport(string ScenarioId, ImmutableArray<string> Levers, int Draws, ulong Seed, ImmutableArray<ClaimResult> Claims)
{
    /// <summary>How many claims got <paramref name="verdict"/>.</summary>
    public int Count(ClaimVerdict verdict) => Claims.Count(c => c.Verdict == verdict);
}
