using Parley.Core.Claims;
using Parley.Core.Vocabulary;

namespace Parley.Formats.Json.Dto.Claims;

/// <summary>One claim's result.</summary>
/// <param name="Id">The claim's id.</param>
/// <param name="Statement">The claim in words.</param>
/// <param name="Test">The test expression as written; absent when the claim has none.</param>
/// <param name="Levers">The levers pulled: the claim's <c>with</c>, then the caller's.</param>
/// <param name="At">The time on the dynamics horizon; absent when not given.</param>
/// <param name="Verdict"><c>supported</c>, <c>refuted</c> or <c>undecidable</c> (the vocabulary's tokens).</param>
/// <param name="Explanation">The verdict and its reasons in a sentence.</param>
/// <param name="Observed">Per lens query of the test, what the lens answered.</param>
/// <param name="Missing">What the scenario lacks for a verdict; empty unless undecidable.</param>
/// <param name="Frequency">How often the test held over the draws; absent without draws.</param>
public sealed record ClaimResultDto(
    string Id,
    string Statement,
    string? Test,
    IEnumerable<string> Levers,
    double? At,
    string Verdict,
    string Explanation,
    IEnumerable<ObservedValueDto> Observed,
    IEnumerable<string> Missing,
    ClaimFrequencyDto? Frequency)
{
    /// <summary>The DTO of one claim's result.</summary>
    public static ClaimResultDto From(ClaimResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new ClaimResultDto(
            result.ClaimId,
            result.Statement,
            result.Test,
            result.Levers,
            result.At,
            Terms.Token(result.Verdict),
            result.Explanation,
            result.Observed.Select(ObservedValueDto.From),
            result.Missing,
            result.Frequency is { } f ? ClaimFrequencyDto.From(f) : null);
    }
}
