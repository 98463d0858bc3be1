using Parley.Core.Analysis;
using Parley.Core.Vocabulary;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>A claim of the scenario put to the test.</summary>
/// <param name="ClaimId">The claim.</param>
/// <param name="Statement">The claim in words, as the scenario quotes it.</param>
/// <param name="Test">The test over lens results, or null when the claim has none.</param>
/// <param name="With">The levers the claim is tested under.</param>
/// <param name="Verdict"><c>supported</c>, <c>refuted</c> or <c>undecidable</c> (the vocabulary's tokens, as <c>parley claims</c> writes them).</param>
/// <param name="Frequency">How often the test holds across Monte Carlo draws of the uncertain inputs, or null when no input is uncertain for it.</param>
/// <param name="Reasons">Why, in sentences; for an undecidable claim, what is missing.</param>
/// <param name="Assumptions">The modeller's assumptions the verdict rests on (levers and inputs marked as assumptions).</param>
/// <param name="Sources">The sources of the claim.</param>
/// <param name="Sensitivity">The assumed figures that flip the verdict and the smallest change of each, or null when not probed or undecidable.</param>
/// <param name="Robustness">How often the point verdict holds over the draws (the share of decided draws that agree with it), or null without draws.</param>
/// <param name="RestsOn">What the verdict rests on: the red lines, figures, preferences and levers its test reads, by provenance.</param>
public sealed record ClaimOutcomeDto(
    string ClaimId,
    string Statement,
    string? Test,
    IEnumerable<string> With,
    string Verdict,
    double? Frequency,
    IEnumerable<string> Reasons,
    IEnumerable<string> Assumptions,
    IEnumerable<string> Sources,
    VerdictSensitivityDto? Sensitivity,
    RobustnessDto? Robustness,
    ClaimBasisDto RestsOn)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static ClaimOutcomeDto From(ClaimOutcome value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            value.ClaimId,
            value.Statement,
            value.Test,
            value.With,
            Terms.Token(value.Verdict),
            value.Frequency,
            value.Reasons,
            value.Assumptions,
            value.Sources,
            value.Sensitivity is null ? null : VerdictSensitivityDto.From(value.Sensitivity),
            value.Robustness is null ? null : RobustnessDto.From(value.Robustness),
            ClaimBasisDto.From(value.RestsOn));
    }
}
