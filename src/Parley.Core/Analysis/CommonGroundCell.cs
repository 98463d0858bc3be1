using System.Collections.Immutable;

namespace Parley.Core.Analysis;

/// <summary>One cell of the common-ground matrix: which options of an issue an actor accepts.</summary>
/// <param name="IssueId">The issue.</param>
/// <param name="ActorId">The actor.</param>
/// <param name="NeedsConsent">Whether the actor's consent is needed on the issue; when not, it accepts everything by definition.</param>
/// <param name="Accepted">The options the actor accepts, in option order.</param>
/// <param name="OptionCount">How many options the issue has (the denominator of the heatmap).</param>
public sealed record CommonGroundCell(string IssueId, string ActorId, bool NeedsConsent, ImmutableArray<string> Accepted, int OptionCount)
{
    /// <summary>The share of the issue's options the actor accepts, 0–1.</summary>
    public double Share => OptionCount == 0 ? 0 : (double)Accepted.Length / OptionCount;
}
