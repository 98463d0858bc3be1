namespace Parley.Core.Model;

/// <summary>
/// The uncertainty of a figure: a distribution between <see cref="Min"/> and <see cref="Max"/>.
/// Monte Carlo analyses draw from it; deterministic analyses use the figure's point value.
/// </summary>
public sealed record Distribution
{
    /// <summary>Creates a distribution and checks its parameters.</summary>
    /// <param name="kind">The shape.</param>
    /// <param name="min">Lower bound (inclusive).</param>
    /// <param name="max">Upper bound (inclusive), at least <paramref name="min"/>.</param>
    /// <param name="center">Mode (triangular) or mean (normal); ignored for uniform.</param>
    /// <param name="spread">Standard deviation (normal); ignored otherwise.</param>
    public Distribution(DistributionKind kind, double min, double max, double center, double spread)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max) || min > max)
        {
            throw new ArgumentOutOfRangeException(nameof(max), $"Bounds must be finite with min <= max; got [{min}, {max}].");
        }

        if (kind != DistributionKind.Uniform && (center < min || center > max))
        {
            throw new ArgumentOutOfRangeException(nameof(center), $"The centre {center} must lie within [{min}, {max}].");
        }

        if (kind == DistributionKind.Normal && !(spread > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(spread), $"A normal distribution needs a positive standard deviation; got {spread}.");
        }

        Kind = kind;
        Min = min;
        Max = max;
        Center = center;
        Spread = spread;
    }

    /// <summary>The shape.</summary>
    public DistributionKind Kind { get; }

    /// <summary>Lower bound.</summary>
    public double Min { get; }

    /// <summary>Upper bound.</summary>
    public double Max { get; }

    /// <summary>Mode (triangular) or mean (normal).</summary>
    public double Center { get; }

    /// <summary>Standard deviation (normal only).</summary>
    public double Spread { get; }

    /// <summary>
    /// This distribution moved by <paramref name="delta"/>: bounds and centre shift, the shape and width stay.
    /// A lever that sets or adds to a figure moves the figure's range this way.
    /// </summary>
    public Distribution Shifted(double delta)
    {
        if (!double.IsFinite(delta))
        {
            throw new ArgumentOutOfRangeException(nameof(delta), $"A shift must be finite; got {delta}.");
        }

        return new Distribution(Kind, Min + delta, Max + delta, Center + delta, Spread);
    }

    /// <summary>
    /// This distribution multiplied by <paramref name="factor"/> (at least 0): bounds, centre and standard
    /// deviation scale, so the relative uncertainty stays. A lever that multiplies a figure scales its range this way.
    /// </summary>
    public Distribution Scaled(double factor)
    {
        if (!double.IsFinite(factor) || factor < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(factor), $"A scale factor must be finite and at least 0; got {factor}.");
        }

        if (factor == 0)
        {
            return new Distribution(DistributionKind.Uniform, 0, 0, 0, 0);
        }

        return new Distribution(Kind, Min * factor, Max * factor, Center * factor, Spread * factor);
    }

    /// <summary>
    /// This distribution with its bounds clipped to [<paramref name="low"/>, <paramref name="high"/>] (a range
    /// entirely outside collapses onto the nearer end); the centre is clamped into the new bounds.
    /// </summary>
    public Distribution Within(double low, double high)
    {
        if (!double.IsFinite(low) || !double.IsFinite(high) || low > high)
        {
            throw new ArgumentOutOfRangeException(nameof(high), $"Bounds must be finite with low <= high; got [{low}, {high}].");
        }

        double min = Math.Clamp(Min, low, high);
        double max = Math.Clamp(Max, low, high);
        return min == Min && max == Max ? this : new Distribution(Kind, min, max, Math.Clamp(Center, min, max), Spread);
    }

    /// <summary>A uniform distribution over [min, max].</summary>
    public static Distribution Uniform(double min, double max) => new(DistributionKind.Uniform, min, max, (min + max) / 2, 0);

    /// <summary>Draws one value. Uses only <paramref name="random"/>, so a seeded generator gives reproducible draws.</summary>
    public double Sample(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        switch (Kind)
        {
            case DistributionKind.Uniform:
                return Min + (random.NextDouble() * (Max - Min));
            case DistributionKind.Triangular:
            {
                double u = random.NextDouble();
                double width = Max - Min;
                if (width == 0)
                {
                    return Min;
                }

                double f = (Center - Min) / width;
                return u < f
                    ? Min + Math.Sqrt(u * width * (Center - Min))
                    : Max - Math.Sqrt((1 - u) * width * (Max - Center));
            }

            default:
            {
                // Rejection keeps the truncated normal exact; bounded tries then clamp so a
                // distribution whose bounds sit far in a tail still returns.
                for (int attempt = 0; attempt < 64; attempt++)
                {
                    double u1 = 1.0 - random.NextDouble();
                    double u2 = random.NextDouble();
                    double z = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
                    double x = Center + (Spread * z);
                    if (x >= Min && x <= Max)
                    {
                        return x;
                    }
                }

                return Math.Clamp(Center, Min, Max);
            }
        }
    }
}
