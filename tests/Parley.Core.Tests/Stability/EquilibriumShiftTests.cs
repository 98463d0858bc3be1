using Parley.Core.Model.Conflicts;
using Parley.Core.Stability;

namespace Parley.Core.Tests.Stability;

public class EquilibriumShiftTests
{
    [Fact]
    public void Between_AidRuledOut_MatchesStatesByTheOptionsTakenNotByNumber()
    {
        var conflict = DeterrenceFixtures.MediatorSanction();
        var before = GraphModel.FromConflict(conflict);
        // Ruling out us-aid removes four states, so state numbers shift; ids do not.
        var after = GraphModel.FromConflict(conflict with { Infeasibilities = [new Infeasibility(OptionCondition.Option("us-aid"))] });
        var eqBefore = StabilityAnalysis.Run(before).Equilibria(StabilityConcept.Seq);
        var eqAfter = StabilityAnalysis.Run(after).Equilibria(StabilityConcept.Seq);

        var shift = EquilibriumShift.Between(StabilityConcept.Seq, before, eqBefore, after, eqAfter);

        Assert.Equal(["none", "ru-leave+us-aid"], shift.Lost.ToArray());
        Assert.Equal(["ru-leave"], shift.Gained.ToArray());
        Assert.Equal((2, 1), (shift.Before, shift.After));
        Assert.Equal((true, false), (shift.StatusQuoBefore, shift.StatusQuoAfter));
        Assert.True(shift.Changed);
    }

    [Fact]
    public void Between_SameModel_NothingChanges()
    {
        var model = GraphModel.FromConflict(DeterrenceFixtures.MediatorSanction());
        var eq = StabilityAnalysis.Run(model).Equilibria(StabilityConcept.Gmr);

        var shift = EquilibriumShift.Between(StabilityConcept.Gmr, model, eq, model, eq);

        Assert.Empty(shift.Gained);
        Assert.Empty(shift.Lost);
        Assert.False(shift.Changed);
    }
}
