using Parley.Core.Sensitivity;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>What would change one verdict: every probed figure that flips it, with the smallest change of that figure alone, ordered by the size of that change as a share of the figure's scale (smallest first).</summary>
/// <param name="Verdict">The verdict at the scenario's point values (true: supported / a deal exists / stable).</param>
/// <param name="Probed">How many figures were probed.</param>
/// <param name="Flips">The figures that flip the verdict, nearest first.</param>
public sealed record VerdictSensitivityDto(
    bool Verdict,
    int Probed,
    IEnumerable<FigureFlipDto> Flips)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static VerdictSensitivityDto From(VerdictSensitivity value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            value.Verdict,
            value.Probed,
            value.Flips.Select(FigureFlipDto.From));
    }
}
