namespace Parley.Core.Model.Dynamics;

/// <summary>The stretch of time the dynamics lens looks at: from 0 to <see cref="Length"/>, in <see cref="Unit"/>.</summary>
public sealed record Horizon
{
    /// <summary>Creates a horizon.</summary>
    /// <param name="length">How long, in <paramref name="unit"/>; positive and finite.</param>
    /// <param name="unit">The unit of time, such as <c>months</c>.</param>
    /// <param name="start">The calendar date of time 0 as written (ISO 8601 preferred), or null.</param>
    /// <exception cref="ArgumentException">The length is not positive and finite, or the unit is blank.</exception>
    public Horizon(double length, string unit, string? start)
    {
        if (!double.IsFinite(length) || length <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length), $"A horizon needs a positive, finite length; got {length}.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(unit);
        Length = length;
        Unit = unit;
        Start = start;
    }

    /// <summary>How long the horizon is, in <see cref="Unit"/>.</summary>
    public double Length { get; }

    /// <summary>The unit of time, such as <c>months</c>.</summary>
    public string Unit { get; }

    /// <summary>The calendar date of time 0 as written, or null.</summary>
    public string? Start { get; }

    /// <summary>True when <paramref name="time"/> lies within [0, <see cref="Length"/>].</summary>
    public bool Contains(double time) => time >= 0 && time <= Length;
}
