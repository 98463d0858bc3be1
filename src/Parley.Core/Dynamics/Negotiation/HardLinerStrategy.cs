using Parley.Core.Model.Dynamics;
namespace Parley.Core.Dynamics;

/// <summary>Never concedes: always aims for its best utility (GENIUS e = 0).</summary>
public sealed record HardLinerStrategy : NegotiationStrategy
{
    /// <inheritdoc />
    public override string Name => "HardLiner";

    /// <inheritdoc />
    public override double Target(StrategyContext context) => context.Maximum;
}
