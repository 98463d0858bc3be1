using Parley.Core.Forecast;
using Parley.Formats.Eum;
using Parley.Tests;

namespace Parley.Formats.Tests.Eum;

public sealed class EumTableReaderTests
{
    [ReferenceFact]
    public void ReadFile_EcExample_ReproducesTheScholzMean()
    {
        var result = EumTableReader.ReadFile(FormatsReference.Forecasting("eum/bdm1994-ec-emission-standards.csv"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        var run = ExpectedUtilityModel.Run(result.Value!.Problem, 0);
        Assert.Equal(7.242130958473938, run.Mean, 10);
    }

    [ReferenceFact]
    public void Read_PercentSaliencesInAnyColumnOrder_AreDividedBy100WithAWarning()
    {
        var result = EumTableReader.Read("Salience;Position;Actor;Capability\n80;4;NL;0.08\n40;7;BE;0.08\n", "percent.csv");
        Assert.True(result.Succeeded);
        Assert.Equal(0.8, result.Value!.Problem.Salience(0, 0), 12);
        Assert.Equal("PF0210", Assert.Single(result.Diagnostics).Code);
    }

    [ReferenceFact]
    public void LooksLikeTable_RecognisesTheHeader()
    {
        Assert.True(EumTableReader.LooksLikeTable("Actor,Capability,Position,Salience"));
        Assert.False(EumTableReader.LooksLikeTable("Actor,Description,Influence,Policy,Salience"));
    }
}
