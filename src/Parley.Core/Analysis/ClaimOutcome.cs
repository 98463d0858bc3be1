using System.Collections.Immutable;
using Parley.Core.Claims;
using Parley.Core.Sensitivity;

namespace Parley.Core.Analysis;

/// <summary>A claim of the scenario put to the test.</summary>
/// <param name="ClaimId">The claim.</param>
/// <param name="Statement">The claim in words, as the scenario quotes it.</param>
/// <param name="Test">The test over lens results, or null when the claim has none.</param>
/// <param name="With">The levers the claim is tested under.</param>
/// <param name="Verdict">The verdict at the point values.</param>
/// <param name="Frequency">How often the test holds across Monte Carlo draws of the uncertain inputs, or null when no input is uncertain for it.</param>
/// <param name="Reasons">Why, in sentences; for an undecidable claim, what is missing.</param>
/// <param name="Assumptions">The modeller's assumptions the verdict rests on (levers and inputs marked as assumptions).</param>
/// <param name="Sources">The sources of the claim.</param>
/// <param name="Sensitivity">The assumed figures that flip the verdict and the smallest change of each, or null when not probed or undecidable.</param>
/// <param name="Robustness">How often the point verdict holds over the draws (the share of decided draws that agree with it), or null without draws.</param>
public sealed record ClaimOutcome(
    string ClaimId,
    string Statement,
    string? Test,
    ImmutableArray<string> With,
    ClaimVerdict Verdict,
    double? Frequency,
    ImmutableArray<string> Reasons,
    ImmutableArray<string> Assumptions,
    ImmutableArray<string> Sources,
    VerdictSensitivity? Sensitivity = null,
    Robustness? Robustness = null)
{
    /// <summary>What the verdict rests on: the red lines, figures, preferences and levers its test reads, by provenance.</summary>
    public ClaimBasis RestsOn { get; init; } = ClaimBasis.None;
}
