using System.Collections.Immutable;

namespace Parley.Core.Stability;

/// <summary>
/// How the equilibria of one concept change between two graph models (the scenario as given and a
/// variant), with states matched by their stable id (<see cref="GraphModel.StateId"/>: the options taken),
/// not by number, since a lever that fixes or removes an option renumbers the states.
/// </summary>
/// <param name="Concept">The concept.</param>
/// <param name="Before">How many equilibria the first model has.</param>
/// <param name="After">How many the second has.</param>
/// <param name="Gained">State ids that are equilibria only in the second model, in its state order.</param>
/// <param name="Lost">State ids that are equilibria only in the first model, in its state order.</param>
/// <param name="StatusQuoBefore">Whether the first model's status quo is an equilibrium (null: no status quo).</param>
/// <param name="StatusQuoAfter">Whether the second model's status quo is an equilibrium (null: no status quo).</param>
public sealed record EquilibriumShift(
    StabilityConcept Concept,
    int Before,
    int After,
    ImmutableArray<string> Gained,
    ImmutableArray<string> Lost,
    bool? StatusQuoBefore,
    bool? StatusQuoAfter)
{
    /// <summary>True when an equilibrium is gained or lost or the status quo's standing changes.</summary>
    public bool Changed => !Gained.IsEmpty || !Lost.IsEmpty || StatusQuoBefore != StatusQuoAfter;

    /// <summary>Compares the equilibria <paramref name="equilibriaBefore"/> of <paramref name="before"/> with <paramref name="equilibriaAfter"/> of <paramref name="after"/>.</summary>
    public static EquilibriumShift Between(StabilityConcept concept, GraphModel before, IReadOnlyList<int> equilibriaBefore, GraphModel after, IReadOnlyList<int> equilibriaAfter)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(equilibriaBefore);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(equilibriaAfter);
        var idsBefore = equilibriaBefore.Select(before.StateId).ToList();
        var idsAfter = equilibriaAfter.Select(after.StateId).ToList();
        var setBefore = idsBefore.ToHashSet(StringComparer.Ordinal);
        var setAfter = idsAfter.ToHashSet(StringComparer.Ordinal);
        return new EquilibriumShift(
            concept,
            idsBefore.Count,
            idsAfter.Count,
            [.. idsAfter.Where(id => !setBefore.Contains(id))],
            [.. idsBefore.Where(id => !setAfter.Contains(id))],
            before.StatusQuo is int b ? equilibriaBefore.Contains(b) : null,
            after.StatusQuo is int a ? equilibriaAfter.Contains(a) : null);
    }
}
