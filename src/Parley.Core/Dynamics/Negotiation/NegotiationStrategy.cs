using Parley.Core.Model.Dynamics;
namespace Parley.Core.Dynamics;

/// <summary>
/// How a negotiator chooses the utility it aims for at each turn. It offers the outcome near that target
/// that is best for the others (<see cref="OfferIndex.Find"/>), and accepts an offer worth at least its
/// reservation value and at least what its own next offer would be worth (GENIUS's AC_next).
/// </summary>
public abstract record NegotiationStrategy
{
    /// <summary>Boulware: concedes late, GENIUS exponent e = 0.2.</summary>
    public static NegotiationStrategy Boulware { get; } = new TimeDependentStrategy(0.2, "Boulware");

    /// <summary>Linear: concedes at a constant rate, e = 1.</summary>
    public static NegotiationStrategy Linear { get; } = new TimeDependentStrategy(1, "Linear");

    /// <summary>Conceder: concedes early, e = 2.</summary>
    public static NegotiationStrategy Conceder { get; } = new TimeDependentStrategy(2, "Conceder");

    /// <summary>Tit-for-tat: concedes as much as the other side has.</summary>
    public static NegotiationStrategy TitForTat { get; } = new TitForTatStrategy();

    /// <summary>Hard-liner: never concedes.</summary>
    public static NegotiationStrategy HardLiner { get; } = new HardLinerStrategy();

    /// <summary>A short name for reports.</summary>
    public abstract string Name { get; }

    /// <summary>The utility to aim for, within [<see cref="StrategyContext.Minimum"/>, <see cref="StrategyContext.Maximum"/>].</summary>
    public abstract double Target(StrategyContext context);
}
