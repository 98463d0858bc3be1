using Parley.Core.Model.Dynamics;
namespace Parley.Core.Dynamics;

/// <summary>
/// Turns a trend on the horizon into a reservation value over a negotiation's relative time, so that a
/// simulated negotiation held between two times of the horizon sees the walk-away value drift.
/// </summary>
public static class ReservationDrift
{
    /// <summary>
    /// The function r ↦ value of <paramref name="curve"/> at <c>start + r·(end − start)</c>, or
    /// <paramref name="baseValue"/> where the curve has not begun.
    /// </summary>
    /// <param name="curve">The trend's curve.</param>
    /// <param name="baseValue">The scenario's own value, which holds before the curve begins.</param>
    /// <param name="start">Horizon time at which the negotiation opens (relative time 0).</param>
    /// <param name="end">Horizon time of its deadline (relative time 1); at least <paramref name="start"/>.</param>
    /// <exception cref="ArgumentException">A time is not finite, or the end precedes the start.</exception>
    public static Func<double, double> Over(TrendCurve curve, double baseValue, double start, double end)
    {
        ArgumentNullException.ThrowIfNull(curve);
        if (!double.IsFinite(start) || !double.IsFinite(end) || end < start || !double.IsFinite(baseValue))
        {
            throw new ArgumentException($"Need finite times with start <= end and a finite base value; got start {start}, end {end}, base {baseValue}.");
        }

        return relative => curve.ValueAt(start + (relative * (end - start))) ?? baseValue;
    }
}
