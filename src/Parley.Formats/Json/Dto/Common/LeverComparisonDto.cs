using Parley.Core.Analysis;
using Parley.Formats.Text;

namespace Parley.Formats.Json.Dto.Common;

/// <summary>What one variant (a lever, or levers pulled together) changes against the scenario as given, lens by lens.</summary>
/// <param name="VariantId">The variant.</param>
/// <param name="Name">Its name.</param>
/// <param name="Changes">Every compared answer, changed or not, lens by lens.</param>
/// <param name="Summary">The changes in one sentence.</param>
/// <param name="EquilibriumShifts">Per stability concept, the equilibria gained and lost (states by their stable ids); empty without a stability lens.</param>
public sealed record LeverComparisonDto(
    string VariantId,
    string Name,
    IEnumerable<LensChangeDto> Changes,
    string Summary,
    IEnumerable<EquilibriumShiftDto> EquilibriumShifts)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static LeverComparisonDto From(LeverComparison value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            value.VariantId,
            value.Name,
            value.Changes.Select(LensChangeDto.From),
            LensChangeText.Summary(value),
            value.EquilibriumShifts.Select(EquilibriumShiftDto.From));
    }
}
