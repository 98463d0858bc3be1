using System.Collections.Immutable;

namespace Parley.Core.Forecast;

/// <summary>The outcomes on one dimension's axis that every veto holder accepts.</summary>
/// <param name="Restricted">False when no veto holder draws a red line there (every outcome is acceptable).</param>
/// <param name="Intervals">Disjoint intervals in ascending order; empty when <paramref name="Restricted"/> and no outcome is acceptable to all.</param>
public sealed record AcceptableRegion(bool Restricted, ImmutableArray<AxisInterval> Intervals)
{
    /// <summary>True when the veto holders' red lines leave no outcome.</summary>
    public bool IsEmpty => Restricted && Intervals.IsEmpty;

    /// <summary>True when <paramref name="value"/> is acceptable to every veto holder.</summary>
    public bool Contains(double value)
    {
        if (!Restricted)
        {
            return true;
        }

        foreach (var interval in Intervals)
        {
            if (interval.Contains(value))
            {
                return true;
            }
        }

        return false;
    }
}
