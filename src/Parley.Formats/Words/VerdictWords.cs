using System.Globalization;
using Parley.Core.Sensitivity;

namespace Parley.Formats.Words;

/// <summary>
/// Verdicts with how sure they are and what would change them, in words: "supported in 48 % of draws:
/// undecided" rather than a plain badge, and "flips if UA's walk-away rises by 0.19".
/// </summary>
/// <remarks>
/// Thresholds (<see cref="Robustness.RobustAbove"/>, <see cref="Robustness.ContradictedBelow"/>): a claim
/// supported in at least 90 % of the draws reads "supported", in at most 10 % "refuted", otherwise
/// "undecided", whatever its verdict at the point values.
/// </remarks>
public static class VerdictWords
{
    /// <summary>
    /// The reading of a claim: its verdict when the draws agree with it (at least 90 % or at most 10 % of
    /// them support it, as the verdict says), else "supported in 48 % of draws: undecided", or, when the
    /// draws contradict the point verdict, "supported in 95 % of draws: supported, though refuted at the point values".
    /// </summary>
    /// <param name="verdict">The verdict at the point values: supported, refuted or not decidable.</param>
    /// <param name="supportShare">The share of decided draws in which the claim holds, or null without draws.</param>
    public static string Claim(string verdict, double? supportShare)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        if (supportShare is not double p || double.IsNaN(p) || verdict is not ("supported" or "refuted"))
        {
            return verdict;
        }

        string share = $"supported in {Percent(p)} of draws";
        string reading = p >= Robustness.RobustAbove ? "supported" : p <= Robustness.ContradictedBelow ? "refuted" : "undecided";
        return reading == "undecided" ? $"{share}: undecided"
            : reading == verdict ? verdict
            : $"{share}: {reading}, though {verdict} at the point values";
    }

    /// <summary>The reading's class: "yes" (supported by the draws), "no" (refuted) or "unknown" (undecided or not decidable).</summary>
    public static string ClaimClass(string verdict, double? supportShare)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        if (supportShare is double p && !double.IsNaN(p) && verdict is "supported" or "refuted")
        {
            return p >= Robustness.RobustAbove ? "yes" : p <= Robustness.ContradictedBelow ? "no" : "unknown";
        }

        return verdict switch { "supported" => "yes", "refuted" => "no", _ => "unknown" };
    }

    /// <summary>"holds in 100 % of 100 draws (± 0)".</summary>
    public static string Robust(Robustness robustness)
    {
        ArgumentNullException.ThrowIfNull(robustness);
        return double.IsNaN(robustness.Frequency)
            ? $"no draw of {robustness.Draws} decided it"
            : $"holds in {Percent(robustness.Frequency)} of {robustness.Draws} draws (± {Percent(robustness.StandardError)})";
    }

    /// <summary>"flips if UA's walk-away rises from 0.4 to 0.59" (or "…dropped" for a preference statement).</summary>
    public static string Flip(FigureFlip flip)
    {
        ArgumentNullException.ThrowIfNull(flip);
        string what = flip.Kind switch
        {
            FigureKind.WalkAway => $"{flip.Actor}'s walk-away",
            FigureKind.Weight => $"{flip.Actor}'s weight on {flip.Issue}",
            FigureKind.Capability => $"{flip.Actor}'s capability",
            FigureKind.AxisValue => $"the axis value of {flip.Issue} option {flip.Option}",
            _ => $"{flip.Actor}'s preference statement {flip.Statement + 1}",
        };
        string how = flip.FlipsAt is double at
            ? $"{what} {(at > flip.Current ? "rises" : "falls")} from {F(flip.Current)} to {F(at)}"
            : $"{what} is dropped";
        return $"flips if {how}{(flip.Exact ? string.Empty : " (found on a grid)")}{(flip.Assumed ? " — an assumption" : string.Empty)}";
    }

    /// <summary>The sensitivity in one sentence: the nearest flips, or that no single figure flips it.</summary>
    public static string Sensitivity(VerdictSensitivity sensitivity, int most = 3)
    {
        ArgumentNullException.ThrowIfNull(sensitivity);
        if (sensitivity.Flips.IsEmpty)
        {
            return sensitivity.Probed == 0 ? "no figure probed" : $"no single one of the {sensitivity.Probed} figures probed flips it";
        }

        string list = string.Join("; ", sensitivity.Flips.Take(most).Select(Flip));
        return sensitivity.Flips.Length > most ? $"{list}; and {sensitivity.Flips.Length - most} more" : list;
    }

    private static string Percent(double p) => (p * 100).ToString("0", CultureInfo.InvariantCulture) + " %";

    private static string F(double x) => x.ToString("0.###", CultureInfo.InvariantCulture);
}
