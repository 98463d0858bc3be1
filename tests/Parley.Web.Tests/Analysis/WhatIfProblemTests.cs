using Parley.Core.Variants;
using Parley.Web.Analysis;
using Parley.Web.Scenarios;
using Parley.Web.Tests.Hosting;

namespace Parley.Web.Tests.Analysis;

/// <summary>A what-if that does not fit its scenario comes back as problems, every one of them, each with its code.</summary>
public sealed class WhatIfProblemTests
{
    [Fact]
    public void WhatIf_UnknownLever_UnknownFigure_ValueOutOfRange_AndADateOffTheHorizon_AreAllSaid()
    {
        var istanbul = ScenarioYaml.Read(Examples.Istanbul).Value!;
        double horizon = istanbul.Dynamics!.Horizon.Length;
        var request = new WhatIfRequest(
            ["no-such-lever"],
            horizon + 1,
            [new FigureOverride("walk-away:nobody", 0.5), new FigureOverride($"walk-away:{istanbul.Positions[0].ActorId}", 7), new FigureOverride($"walk-away:{istanbul.Positions[0].ActorId}", double.NaN)]);

        var result = LensAdapter.WhatIf(istanbul, request, CancellationToken.None);

        Assert.Null(result.Answer);
        Assert.Equal(
            [VariantProblem.UnknownLever, VariantProblem.OutsideHorizon, WhatIfProblem.UnknownFigure, WhatIfProblem.FigureOutOfRange, WhatIfProblem.FigureOutOfRange],
            result.Problems.Select(p => p.Code));
        Assert.All(result.Problems, p => Assert.EndsWith(".", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void WhatIf_ADateWithoutAHorizon_IsPAR202_AndAFittingRequestHasNoProblem()
    {
        var carSale = ScenarioYaml.Read(Examples.CarSale).Value!;

        Assert.Equal(VariantProblem.NoHorizon, Assert.Single(LensAdapter.WhatIf(carSale, new WhatIfRequest(null, 1, null), CancellationToken.None).Problems).Code);
        var fits = LensAdapter.WhatIf(carSale, new WhatIfRequest([carSale.Levers[0].Id], null, [new FigureOverride("walk-away:B", 0.4)]), CancellationToken.None);
        Assert.Empty(fits.Problems);
        Assert.NotNull(fits.Answer);
    }
}
