using System.Collections.Immutable;
using Parley.Core.Stability;

namespace Parley.Core.Analysis;

/// <summary>What one variant (a lever, or levers pulled together) changes against the scenario as given, lens by lens.</summary>
/// <param name="VariantId">The variant.</param>
/// <param name="Name">Its name.</param>
/// <param name="Changes">Every compared answer, changed or not, lens by lens.</param>
/// <param name="Failure">Why the variant could not be analysed (then <paramref name="Changes"/> is empty), or null.</param>
/// <param name="EquilibriumShifts">Per stability concept, the equilibria gained and lost (states by their stable ids); empty without a stability lens.</param>
public sealed record LeverComparison(string VariantId, string Name, ImmutableArray<LensChange> Changes, string? Failure = null, ImmutableArray<EquilibriumShift> EquilibriumShifts = default)
{
    /// <summary>Never default: empty when not given.</summary>
    public ImmutableArray<EquilibriumShift> EquilibriumShifts { get; init; } = EquilibriumShifts.IsDefault ? [] : EquilibriumShifts;
}
