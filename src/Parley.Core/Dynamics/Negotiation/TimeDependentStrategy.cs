using Parley.Core.Model.Dynamics;
namespace Parley.Core.Dynamics;

/// <summary>
/// GENIUS's time-dependent tactic (Faratin, Sierra and Jennings 1998):
/// <c>p(t) = P_min + (P_max − P_min)·(1 − t^(1/e))</c>. e &lt; 1 is Boulware (holds firm, then concedes
/// near the deadline), e = 1 linear, e &gt; 1 Conceder, e = 0 a hard-liner. NegMAS's aspiration exponent
/// is 1/e (Boulware 4 ≈ e = 0.25).
/// </summary>
public sealed record TimeDependentStrategy : NegotiationStrategy
{
    private readonly string? _label;

    /// <summary>Creates a time-dependent strategy.</summary>
    /// <param name="exponent">The concession exponent e, finite and at least 0.</param>
    /// <param name="label">A name for reports, or null for "time-dependent e=…".</param>
    /// <exception cref="ArgumentOutOfRangeException">The exponent is negative or not finite.</exception>
    public TimeDependentStrategy(double exponent, string? label = null)
    {
        if (!double.IsFinite(exponent) || exponent < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(exponent), $"The concession exponent must be finite and at least 0; got {exponent}.");
        }

        Exponent = exponent;
        _label = label;
    }

    /// <summary>The concession exponent e.</summary>
    public double Exponent { get; }

    /// <inheritdoc />
    public override string Name => _label ?? $"time-dependent e={Exponent:0.###}";

    /// <inheritdoc />
    public override double Target(StrategyContext context)
    {
        // e = 0 is the limit t^(1/e) -> 0 for t < 1: no concession at all.
        double conceded = Exponent == 0 ? 0 : Math.Pow(context.Time, 1 / Exponent);
        return context.Minimum + ((context.Maximum - context.Minimum) * (1 - conceded));
    }
}
