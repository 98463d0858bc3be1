namespace Parley.Core.Forecast;

/// <summary>
/// Parameters of the spatial model of politics, named and defaulted as in KTAB's SMP (KAPSARC), plus
/// its hard-coded stop rule made explicit.
/// </summary>
public sealed record SpatialPoliticsOptions
{
    /// <summary>KTAB's defaults.</summary>
    public static SpatialPoliticsOptions Default { get; } = new();

    /// <summary>Victory probability of coalitions.</summary>
    public VictoryProbabilityModel VictoryProbability { get; init; } = VictoryProbabilityModel.Linear;

    /// <summary>Probabilistic Condorcet election model.</summary>
    public CondorcetModel Condorcet { get; init; } = CondorcetModel.Conditional;

    /// <summary>Voting rule of actors over positions, challenges and bargains.</summary>
    public VotingRule Voting { get; init; } = VotingRule.Proportional;

    /// <summary>Range of risk attitudes.</summary>
    public RiskRange RiskRange { get; init; } = RiskRange.Mid;

    /// <summary>How actors estimate each other's risk attitudes.</summary>
    public RiskEstimate RiskEstimate { get; init; } = RiskEstimate.OneThird;

    /// <summary>Third-party commitment in challenges.</summary>
    public ThirdPartyCommitment ThirdParty { get; init; } = ThirdPartyCommitment.Semi;

    /// <summary>Bargain interpolation.</summary>
    public BargainInterpolation Interpolation { get; init; } = BargainInterpolation.S2P2;

    /// <summary>Whose perspective forms bargains.</summary>
    public BargainPerspective Perspective { get; init; } = BargainPerspective.InitiatorOnly;

    /// <summary>No stop before this many rounds (KTAB: 2).</summary>
    public int MinRounds { get; init; } = 2;

    /// <summary>Stop at this many rounds whatever happens (KTAB: 100); such a run did not converge.</summary>
    public int MaxRounds { get; init; } = 100;

    /// <summary>Stop when a round's total movement is below this fraction of the first round's (KTAB: 0.02).</summary>
    public double StopRatio { get; init; } = 0.02;

    /// <summary>Added to the first round's movement to avoid 0/0 (KTAB: 10⁻⁴ on the 0–1 scale).</summary>
    public double MinSignificantMovement { get; init; } = 1e-4;

    /// <summary>Positions closer than this (Euclidean, 0–1 scale) count as one option (KTAB: 10⁻³).</summary>
    public double PositionTolerance { get; init; } = 1e-3;

    /// <summary>Most threads for one round; 1 runs sequentially. Results do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}
