namespace Parley.Core.Agreement;

/// <summary>
/// How much work a search that can grow exponentially may do before it stops and says so: a number of
/// search nodes (deterministic on every machine) and, optionally, wall-clock time read from a
/// <see cref="TimeProvider"/>. Exact decisions (is the space empty?) never take a budget; blocking-set
/// enumeration and counting do, and their results carry a flag when the budget ran out.
/// </summary>
public sealed class SearchBudget
{
    private readonly TimeProvider? _time;
    private readonly long _deadline;
    private long _nodesLeft;

    /// <summary>Creates a budget.</summary>
    /// <param name="maxNodes">Search nodes allowed; at least 1.</param>
    /// <param name="maxTime">Wall-clock time allowed, or null for none.</param>
    /// <param name="timeProvider">The clock to read when <paramref name="maxTime"/> is given (the system clock when null).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxNodes"/> is below 1 or <paramref name="maxTime"/> is negative.</exception>
    public SearchBudget(long maxNodes, TimeSpan? maxTime = null, TimeProvider? timeProvider = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxNodes, 1);
        if (maxTime is { } t)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(t, TimeSpan.Zero, nameof(maxTime));
            _time = timeProvider ?? TimeProvider.System;
            _deadline = _time.GetTimestamp() + (long)(t.TotalSeconds * _time.TimestampFrequency);
        }

        _nodesLeft = maxNodes;
    }

    /// <summary>A budget with no practical limit (for exact answers on small problems and tests).</summary>
    public static SearchBudget Unlimited => new(long.MaxValue);

    /// <summary>True once the budget has run out.</summary>
    public bool Exhausted { get; private set; }

    /// <summary>Spends <paramref name="units"/> nodes; false (and <see cref="Exhausted"/>) once the budget is spent.</summary>
    internal bool Spend(long units = 1)
    {
        if (Exhausted)
        {
            return false;
        }

        _nodesLeft -= units;
        if (_nodesLeft <= 0 || (_time is not null && (_nodesLeft & 4095) == 0 && _time.GetTimestamp() > _deadline))
        {
            Exhausted = true;
            return false;
        }

        return true;
    }
}
