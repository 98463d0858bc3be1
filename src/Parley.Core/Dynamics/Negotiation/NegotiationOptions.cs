using Parley.Core.Model.Dynamics;
namespace Parley.Core.Dynamics;

/// <summary>How a simulated negotiation runs.</summary>
public sealed record NegotiationOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="deadline">Number of rounds; in each round every party acts once, in turn order. At least 1.</param>
    /// <param name="band">
    /// How far above its target a party still offers (it offers the outcome in
    /// [target, target + band] that is best for the others); at least 0. 0.01 by default.
    /// </param>
    /// <param name="recordTrace">True to keep every offer and acceptance in the result.</param>
    /// <exception cref="ArgumentOutOfRangeException">The deadline is below 1 or the band negative or not finite.</exception>
    public NegotiationOptions(int deadline, double band = 0.01, bool recordTrace = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(deadline, 1);
        if (!double.IsFinite(band) || band < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(band), $"The band must be finite and at least 0; got {band}.");
        }

        Deadline = deadline;
        Band = band;
        RecordTrace = recordTrace;
    }

    /// <summary>Number of rounds.</summary>
    public int Deadline { get; }

    /// <summary>How far above its target a party still offers.</summary>
    public double Band { get; }

    /// <summary>True to keep every move in the result.</summary>
    public bool RecordTrace { get; }
}
