using Parley.Core.Claims;

namespace Parley.Formats.Json.Dto.Claims;

/// <summary>How often a claim's test held over Monte Carlo draws of the uncertain figures.</summary>
/// <param name="Draws">Draws made.</param>
/// <param name="Decided">Draws with a verdict.</param>
/// <param name="Held">Draws in which the test held.</param>
/// <param name="Fraction"><paramref name="Held"/> / <paramref name="Decided"/>; absent when nothing was decided (JSON has no NaN).</param>
/// <param name="StandardError">The fraction's standard error; absent when nothing was decided.</param>
/// <param name="Seed">The seed of the draws.</param>
public sealed record ClaimFrequencyDto(int Draws, int Decided, int Held, double? Fraction, double? StandardError, ulong Seed)
{
    /// <summary>The DTO of a claim's frequency.</summary>
    public static ClaimFrequencyDto From(ClaimFrequency frequency)
    {
        ArgumentNullException.ThrowIfNull(frequency);
        bool decided = frequency.Decided > 0;
        return new ClaimFrequencyDto(
            frequency.Draws,
            frequency.Decided,
            frequency.Held,
            decided ? frequency.Fraction : null,
            decided ? frequency.StandardError : null,
            frequency.Seed);
    }
}
