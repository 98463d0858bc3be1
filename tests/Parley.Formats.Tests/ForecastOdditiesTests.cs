using Parley.Formats.Eum;
using Parley.Formats.Ktab;

namespace Parley.Formats.Tests;

/// <summary>Inputs that are valid but would give a silently odd forecast read with a warning that says so.</summary>
public sealed class ForecastOdditiesTests
{
    [Fact]
    public void Eum_AllCapabilitiesZero_WarnsPF0212()
    {
        var result = EumTableReader.Read("Actor,Capability,Position,Salience\nNL,0,4,0.8\nBE,0,70,0.4\n", "zero.csv");

        Assert.True(result.Succeeded);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("PF0212", 1, 7), (d.Code, d.Location.Line, d.Location.Column));
    }

    [Fact]
    public void Eum_PositionsOnZeroToOne_WarnsPF0213()
    {
        var result = EumTableReader.Read("Actor,Capability,Position,Salience\nNL,1,0.4,0.8\nBE,2,0.7,0.4\n", "unit-scale.csv");

        Assert.True(result.Succeeded);
        Assert.Equal("PF0213", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Eum_PositionsOnZeroToHundred_GiveNoWarning()
    {
        var result = EumTableReader.Read("Actor,Capability,Position,Salience\nNL,1,40,0.8\nBE,2,70,0.4\n", "percent-scale.csv");

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void KtabCsv_AllCapabilitiesZero_WarnsPF0114()
    {
        var result = KtabCsvReader.Read("Zero,All zero,3,1,\nActor,Description,Influence,Policy,Policy Salience,\nA,First,0,30,50,\nB,Second,0,40,50,\nC,Third,0,70,50,\n", "zero.csv");

        Assert.True(result.Succeeded);
        Assert.Equal("PF0114", Assert.Single(result.Diagnostics).Code);
    }
}
