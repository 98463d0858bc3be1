using System.Collections.Immutable;

namespace Parley.Core.Claims;

/// <summary>A claim put to the test.</summary>
/// <param name="ClaimId">The claim's id.</param>
/// <param name="Statement">The claim in words.</param>
/// <param name="Test">The test expression as written, or null when the claim has none.</param>
/// <param name="Levers">The levers pulled: the claim's own <c>with</c>, then the caller's, in order.</param>
/// <param name="At">The time at which the claim is made, or null.</param>
/// <param name="Verdict">Supported, refuted, or not decidable from this scenario.</param>
/// <param name="Explanation">The verdict and its reasons in a sentence or two.</param>
/// <param name="Observed">Each lens query of the test with the value the lens gave (or why it gave none).</param>
/// <param name="Missing">What the scenario lacks for a verdict; empty unless the verdict is <see cref="ClaimVerdict.Undecidable"/>.</param>
/// <param name="Frequency">How often the claim holds across Monte Carlo draws, or null when no draws were made (none asked, or no uncertain figure).</param>
public sealed record ClaimResult(
    string ClaimId,
    string Statement,
    string? Test,
    ImmutableArray<string> Levers,
    double? At,
    ClaimVerdict Verdict,
    string Explanation,
    ImmutableArray<ObservedValue> Observed,
    ImmutableArray<string> Missing,
    ClaimFrequency? Frequency);
