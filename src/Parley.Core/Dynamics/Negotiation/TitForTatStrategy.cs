using Parley.Core.Model.Dynamics;
namespace Parley.Core.Dynamics;

/// <summary>
/// Absolute tit-for-tat (as NegMAS's naive tit-for-tat): starts at its best utility and concedes, in its
/// own utility, exactly as much as the other side's offers have improved for it:
/// <c>target = clamp(P_max − concession, P_min, P_max)</c>.
/// </summary>
public sealed record TitForTatStrategy : NegotiationStrategy
{
    /// <inheritdoc />
    public override string Name => "TitForTat";

    /// <inheritdoc />
    public override double Target(StrategyContext context) =>
        Math.Max(context.Minimum, context.Maximum - context.OpponentConcession);
}
