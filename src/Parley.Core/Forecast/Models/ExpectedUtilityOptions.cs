namespace Parley.Core.Forecast;

/// <summary>
/// Settings of the expected utility model. <see cref="ScholzCompatible"/> (the default) reproduces
/// the code of Scholz, Calbert &amp; Smith (2011) as published by jmckib; <see cref="Textbook"/> follows
/// Bueno de Mesquita's text where the two disagree.
/// </summary>
public sealed record ExpectedUtilityOptions
{
    /// <summary>Scholz-compatible settings: all-pairs denominator, Q = 1, Scholz offer order, unreachable capitulation.</summary>
    public static ExpectedUtilityOptions ScholzCompatible { get; } = new();

    /// <summary>Textbook settings: contest denominator, least-movement offers, reachable capitulation.</summary>
    public static ExpectedUtilityOptions Textbook { get; } = new()
    {
        Denominator = ProbabilityDenominator.Contest,
        Selection = OfferSelection.LeastMovement,
        CapitulationReachable = true,
    };

    /// <summary>Most rounds to run (10 in Scholz et al.'s replication).</summary>
    public int MaxRounds { get; init; } = 10;

    /// <summary>How votes become a probability of success.</summary>
    public ProbabilityDenominator Denominator { get; init; } = ProbabilityDenominator.AllPairs;

    /// <summary>Which credible offer an actor accepts.</summary>
    public OfferSelection Selection { get; init; } = OfferSelection.ScholzOrder;

    /// <summary>
    /// Whether the capitulation branch can fire. In Scholz et al.'s code (per jmckib) a typo compares
    /// Eⱼᵢ with |Eⱼᵢ|, so it never does; set true for the branch as the text states it.
    /// </summary>
    public bool CapitulationReachable { get; init; }

    /// <summary>Q: probability that the status quo holds when nobody challenges (1 in Scholz et al.).</summary>
    public double StatusQuoProbability { get; init; } = 1.0;

    /// <summary>T: probability that a drift of the status quo favours the challenger (used when Q &lt; 1).</summary>
    public double FavourableDriftProbability { get; init; } = 1.0;

    /// <summary>How the final positions become one forecast.</summary>
    public ExpectedUtilityReadout Readout { get; init; } = ExpectedUtilityReadout.Mean;
}
