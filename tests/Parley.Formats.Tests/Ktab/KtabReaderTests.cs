using Parley.Core.Diagnostics;
using Parley.Core.Forecast;
using Parley.Formats.Ktab;
using Parley.Tests;

namespace Parley.Formats.Tests.Ktab;

public sealed class KtabReaderTests
{
    [ReferenceFact]
    public void ReadFile_SoePolComp_ReadsActorsDimensionsAndScalesSaliences()
    {
        var result = KtabCsvReader.ReadFile(FormatsReference.Forecasting("ktab/SOE-Pol-Comp.csv"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var p = result.Value!.Problem;
        Assert.Equal(13, p.ActorCount);
        Assert.Equal(["Policy Position", "Competitive Position"], p.Dimensions.ToArray());
        Assert.Equal("XJ", p.Actors[0]);
        Assert.Equal(100.0, p.Capability(0));
        Assert.Equal(30, p.Position(0, 0));
        Assert.Equal(0.24, p.Salience(0, 0), 12);
        Assert.Equal(0.48, p.Salience(0, 1), 12);
    }

    [ReferenceFact]
    public void ReadFile_DummyData_RunsToKtabsFinalPositions()
    {
        var result = KtabCsvReader.ReadFile(FormatsReference.Forecasting("ktab/dummyData_3Dim.csv"));
        Assert.True(result.Succeeded);
        var run = SpatialPoliticsModel.Run(result.Value!.Problem);
        Assert.Equal(10, run.Rounds);
        Assert.Equal(82.45, run.FinalPositions[6], 9);
    }

    [ReferenceFact]
    public void ReadFile_KtabsOwnXmlExample_ReportsTheEmptyCoordinateAndTheIgnoredSettings()
    {
        var result = KtabXmlReader.ReadFile(FormatsReference.Forecasting("ktab/smpExample.xml"));
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "PF0112" && d.Severity == DiagnosticSeverity.Error && d.Location.Line > 0);
        Assert.Contains(result.Diagnostics, d => d.Code == "PF0128");
        Assert.Contains(result.Diagnostics, d => d.Code == "PF0125");
    }

    [ReferenceFact]
    public void Read_XmlWithParameters_MapsKtabNamesToOptions()
    {
        string xml = """
            <Scenario><name>S</name><desc>D</desc><prngSeed>42</prngSeed>
            <ModelParameters><VictoryProbModel>Square</VictoryProbModel><PCEModel>MarkovUniform</PCEModel><VotingRule>PropCbc</VotingRule>
            <BigRAdjust>Half</BigRAdjust><BigRRange>Max</BigRRange><ThirdPartyCommit>FullCommit</ThirdPartyCommit><InterVecBrgn>S1P1</InterVecBrgn><BargnModel>PWCompInterp</BargnModel></ModelParameters>
            <Dimensions><dName>A</dName></Dimensions>
            <Actors>
            <Actor><name>x</name><capability>1</capability><Position><dCoord>10</dCoord></Position><Salience><dSal>50</dSal></Salience></Actor>
            <Actor><name>y</name><capability>2</capability><Position><dCoord>90</dCoord></Position><Salience><dSal>60</dSal></Salience></Actor>
            </Actors></Scenario>
            """;
        var result = KtabXmlReader.Read(xml, "inline.xml");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var o = result.Value!.Options;
        Assert.Equal(VictoryProbabilityModel.Square, o.VictoryProbability);
        Assert.Equal(CondorcetModel.MarkovUniform, o.Condorcet);
        Assert.Equal(VotingRule.PropCubic, o.Voting);
        Assert.Equal(RiskEstimate.Half, o.RiskEstimate);
        Assert.Equal(RiskRange.Max, o.RiskRange);
        Assert.Equal(ThirdPartyCommitment.Full, o.ThirdParty);
        Assert.Equal(BargainInterpolation.S1P1, o.Interpolation);
        Assert.Equal(BargainPerspective.PowerWeightedCompromise, o.Perspective);
        Assert.Equal(42UL, result.Value.Seed);
        Assert.Equal(0.6, result.Value.Problem.Salience(1, 0), 12);
    }
}
