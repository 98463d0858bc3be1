using Parley.Core.Stability;
using Parley.Core.Vocabulary;

namespace Parley.Formats.Json.Dto.Common;

/// <summary>How the equilibria of one concept change between two graph models (the scenario as given and a variant), with states matched by their stable id (<c>Int32)</c>: the options taken), not by number, since a lever that fixes or removes an option renumbers the states.</summary>
/// <param name="Concept">The concept's token (<c>nash</c>, <c>gmr</c>, <c>smr</c>, <c>seq</c>, <c>sim</c> or <c>seq-sim</c>).</param>
/// <param name="Before">How many equilibria the first model has.</param>
/// <param name="After">How many the second has.</param>
/// <param name="Gained">State ids that are equilibria only in the second model, in its state order.</param>
/// <param name="Lost">State ids that are equilibria only in the first model, in its state order.</param>
/// <param name="StatusQuoBefore">Whether the first model's status quo is an equilibrium (null: no status quo).</param>
/// <param name="StatusQuoAfter">Whether the second model's status quo is an equilibrium (null: no status quo).</param>
/// <param name="Changed">True when an equilibrium is gained or lost or the status quo's standing changes.</param>
public sealed record EquilibriumShiftDto(
    string Concept,
    int Before,
    int After,
    IEnumerable<string> Gained,
    IEnumerable<string> Lost,
    bool? StatusQuoBefore,
    bool? StatusQuoAfter,
    bool Changed)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static EquilibriumShiftDto From(EquilibriumShift value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            Terms.Token(value.Concept),
            value.Before,
            value.After,
            value.Gained,
            value.Lost,
            value.StatusQuoBefore,
            value.StatusQuoAfter,
            value.Changed);
    }
}
