namespace Parley.Core.Forecast;

/// <summary>How pairwise victory probabilities become a distribution over options (KTAB's PCEModel).</summary>
public enum CondorcetModel
{
    /// <summary>pₐ ∝ Π_b P(a &gt; b): the probability that a beats all others, conditioned on one option doing so.</summary>
    Conditional,

    /// <summary>Markov chain in which challenges arise in proportion to their incentive.</summary>
    MarkovIncentive,

    /// <summary>Markov chain with uniformly random challenges.</summary>
    MarkovUniform,
}
