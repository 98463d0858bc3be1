using System.Collections.Concurrent;
using Parley.Core.Sensitivity;
using Parley.Core.Variants;

namespace Parley.Core.Session;

/// <content>What flips a verdict: the walk-away values that flip a track's agreement verdict, once per variant and track.</content>
public sealed partial class LensSession
{
    private readonly ConcurrentDictionary<(VariantKey, string), Lazy<VerdictSensitivity?>> _walkAwayFlips = new();

    /// <summary>
    /// The consenting actors' walk-away values that flip the agreement verdict on <paramref name="track"/>, each
    /// alone, with the smallest change of each, nearest first (exact: bisection over the agreement engine; weights
    /// are not probed). Null when the variant cannot be derived or has no such track.
    /// </summary>
    public VerdictSensitivity? WalkAwayFlips(VariantKey key, string track)
    {
        ArgumentNullException.ThrowIfNull(track);
        return _walkAwayFlips.GetOrAdd((key, track), k => new Lazy<VerdictSensitivity?>(() =>
            Variant(k.Item1).Scenario is { } scenario && scenario.Tracks.Contains(k.Item2)
                ? AgreementSensitivity.ForTrack(scenario, k.Item2, weights: false)
                : null)).Value;
    }
}
