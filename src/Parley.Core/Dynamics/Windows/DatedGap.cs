using Parley.Core.Agreement;

namespace Parley.Core.Dynamics;

/// <summary>How far one track is from a deal as of one date (see <see cref="GapOverTime"/>).</summary>
/// <param name="Track">The track.</param>
/// <param name="Date">The date.</param>
/// <param name="Gap">
/// The gap: which kind of demand keeps the deal shut, the smallest blocking set, the utility distance to the
/// nearest acceptable package (all zero when a deal exists); null when <paramref name="Failure"/> is set.
/// </param>
/// <param name="Failure">Why no gap was measured (the date lies outside the horizon, no consenting actor takes a position on the track), or null.</param>
public sealed record DatedGap(string Track, DateOnly Date, AgreementGap? Gap, string? Failure)
{
    /// <summary>True when some package is acceptable to every consenting actor as of the date.</summary>
    public bool Open => Gap is { Barrier: DealBarrier.None };
}
