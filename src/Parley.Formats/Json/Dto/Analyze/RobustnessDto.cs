using Parley.Core.Sensitivity;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>How often a verdict holds over Monte Carlo draws of the scenario's uncertain figures (each figure with an uncertainty drawn from its stated range, independently).</summary>
/// <param name="Frequency">Share of decided draws in which the verdict is the same as at the point values (NaN when none was decided).</param>
/// <param name="Draws">Draws made.</param>
/// <param name="Decided">Draws in which the verdict could be decided.</param>
/// <param name="StandardError">The binomial standard error √(f (1 − f) / decided).</param>
/// <param name="Seed">The master seed; draw d uses a generator seeded from it and d alone.</param>
/// <param name="Reading">The reading of the frequency: <c>robust</c>, <c>undecided</c> (between the thresholds) or <c>contradicted</c>.</param>
public sealed record RobustnessDto(
    double Frequency,
    int Draws,
    int Decided,
    double StandardError,
    ulong Seed,
    string Reading)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static RobustnessDto From(Robustness value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            value.Frequency,
            value.Draws,
            value.Decided,
            value.StandardError,
            value.Seed,
            EnumTokens.Of(value.Reading));
    }
}
