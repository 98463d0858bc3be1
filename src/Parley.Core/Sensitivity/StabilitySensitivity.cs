using System.Collections.Immutable;
using Parley.Core.Model;
using Parley.Core.Model.Conflicts;
using Parley.Core.Stability;

namespace Parley.Core.Sensitivity;

/// <summary>
/// Sensitivity of the stability verdict of the status quo (an equilibrium under a concept, or not) to the
/// preference ranks, the graph model's assumed figures: each preference statement of each decision maker
/// dropped in turn, decided exactly by the graph model. Stability depends on no drawn figure, so its
/// robustness over the draws is always 1.
/// </summary>
/// <remarks>Cost: one model build and one analysis of the concept per statement.</remarks>
public static class StabilitySensitivity
{
    /// <summary>The preference statements whose removal flips whether the status quo is an equilibrium under <paramref name="concept"/>.</summary>
    /// <exception cref="ArgumentException">The conflict has no status quo or cannot be built.</exception>
    public static VerdictSensitivity ForStatusQuo(Conflict conflict, StabilityConcept concept)
    {
        ArgumentNullException.ThrowIfNull(conflict);
        bool verdict = IsEquilibrium(conflict, concept)
            ?? throw new ArgumentException("The conflict has no status quo.", nameof(conflict));
        var flips = new List<FigureFlip>();
        int probed = 0;
        for (int d = 0; d < conflict.DecisionMakers.Length; d++)
        {
            var dm = conflict.DecisionMakers[d];
            if (dm.Preferences is not OptionPrioritization p || p.Statements.Length < 2)
            {
                continue;
            }

            for (int k = 0; k < p.Statements.Length; k++)
            {
                probed++;
                var dropped = new OptionPrioritization(p.Statements.RemoveAt(k));
                var changed = conflict with { DecisionMakers = conflict.DecisionMakers.SetItem(d, dm with { Preferences = dropped }) };
                if (IsEquilibrium(changed, concept) is bool flipped && flipped != verdict)
                {
                    flips.Add(new FigureFlip(FigureKind.PreferenceStatement, dm.ActorId, null, k, k, null, 0, true, p.Statements[k].Provenance.IsJudgement()));
                }
            }
        }

        return new VerdictSensitivity(verdict, probed, [.. flips]);
    }

    private static bool? IsEquilibrium(Conflict conflict, StabilityConcept concept)
    {
        var model = GraphModel.FromConflict(conflict);
        if (model.StatusQuo is not int sq)
        {
            return null;
        }

        var result = StabilityAnalysis.Run(model, new StabilityOptions([concept], MaxDegreeOfParallelism: 1));
        return result.Equilibria(concept).Contains(sq);
    }
}
