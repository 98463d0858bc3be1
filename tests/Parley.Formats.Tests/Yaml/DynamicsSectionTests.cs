using Parley.Core.Diagnostics;
using Parley.Core.Dynamics;
using Parley.Core.Model.Dynamics;
using Parley.Core.Model;
using Parley.Formats.Yaml;

namespace Parley.Formats.Tests.Yaml;

public sealed class DynamicsSectionTests
{
    private const string Head = """
        parley: 1
        title: Two parties over time
        sources:
          - {id: S1, title: A statement}
        actors:
          - {id: A, role: party, capability: 0.6}
          - {id: B, role: party}
          - {id: C, role: backer, supports: B}
        issues:
          - id: x
            track: main
            options: [x0, x1]
        positions:
          - actor: A
            walk-away: 0.4
            issues:
              x: {prefer: x1}
          - actor: B
            walk-away: 0.3
            issues:
              x: {prefer: x0}
        levers:
          - id: halt
            by: C
            starts-at: 6
            effects:
              - walk-away: {actor: B, add: -0.1}
        claims:
          - {id: c1, statement: "Something holds in month 12", at: 12}

        """;

    private static ParseResult<Scenario> Read(string dynamics) => ScenarioReader.Read(Head + dynamics, "test.yaml");

    private static Diagnostic Single(string dynamics, string code)
    {
        var result = Read(dynamics);
        Assert.False(result.Succeeded);
        return Assert.Single(result.Diagnostics, d => d.Code == code);
    }

    [Fact]
    public void Read_AllThreeCurveShapes_BuildsTheModel()
    {
        var result = Read("""
            dynamics:
              horizon: {length: 24, unit: months, start: 2025-06}
              trends:
                - actor: A
                  walk-away: {linear: {from: 0.4, to: 0.2}}
                  basis: assumption
                  note: the front moves slowly
                - actor: B
                  walk-away:
                    steps:
                      - {at: 6, value: 0.25}
                      - {at: 12, value: 0.2}
                  sources: [S1]
                - actor: A
                  capability:
                    series: [{at: 0, value: 0.6}, {at: 12, value: 0.5}, {at: 24, value: 0.55}]
            """);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var dynamics = result.Value!.Dynamics!;
        Assert.Equal(24, dynamics.Horizon.Length);
        Assert.Equal("months", dynamics.Horizon.Unit);
        Assert.Equal("2025-06", dynamics.Horizon.Start);
        Assert.Equal(3, dynamics.Trends.Length);

        var a = dynamics.TrendOf("A", TrendTarget.WalkAway)!;
        Assert.Equal(new LinearCurve(0, 0.4, 24, 0.2), a.Curve);
        Assert.Equal(Provenance.Assumption, a.Provenance);
        Assert.Equal("the front moves slowly", a.Note);

        var b = dynamics.TrendOf("B", TrendTarget.WalkAway)!;
        Assert.IsType<StepCurve>(b.Curve);
        Assert.Equal(Provenance.Stated, b.Provenance);
        Assert.Equal<string>(["S1"], b.Sources);
        Assert.Equal(0.5, dynamics.TrendOf("A", TrendTarget.Capability)!.Curve.ValueAt(12));

        // The whole chain: read, then the scenario at month 12 with the lever pulled.
        var at = ScenarioAtTime.At(result.Value, 12, ["halt"]);
        Assert.Equal(0.1, at.PositionOf("B")!.WalkAway.Value, 12);
        Assert.Equal(0.3, at.PositionOf("A")!.WalkAway.Value, 12);
    }

    [Fact]
    public void Read_NoDynamicsSection_LeavesItNull()
    {
        var result = Read(string.Empty);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Null(result.Value!.Dynamics);
    }

    [Fact]
    public void Read_UnknownActor_PointsAtTheActorWithAHint()
    {
        var d = Single("""
            dynamics:
              horizon: {length: 24, unit: months}
              trends:
                - actor: AA
                  walk-away: {linear: {from: 0.4, to: 0.2}}
            """, ScenarioDiagnosticCodes.UnknownReference);
        Assert.Contains("Unknown actor 'AA'", d.Message, StringComparison.Ordinal);
        Assert.Equal("dynamics.trends[0].actor", d.Location.Path);
        Assert.Equal(33, d.Location.Line);
        Assert.Equal(14, d.Location.Column);
    }

    [Fact]
    public void Read_WalkAwayTrendForActorWithoutPosition_IsAnError()
    {
        var d = Single("""
            dynamics:
              horizon: {length: 24, unit: months}
              trends:
                - actor: C
                  walk-away: {linear: {from: 0.4, to: 0.2}}
            """, ScenarioDiagnosticCodes.UnknownReference);
        Assert.Contains("has no position", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TimeOutsideHorizon_SaysHowToFixIt()
    {
        var d = Single("""
            dynamics:
              horizon: {length: 24, unit: months}
              trends:
                - actor: B
                  walk-away:
                    steps: [{at: 6, value: 0.2}, {at: 30, value: 0.1}]
            """, ScenarioDiagnosticCodes.OutsideHorizon);
        Assert.Contains("outside the horizon from 0 to 24 months", d.Message, StringComparison.Ordinal);
        Assert.Equal("dynamics.trends[0].walk-away.steps[1].at", d.Location.Path);
    }

    [Fact]
    public void Read_ValueOutOfRange_IsReportedWithTheRange()
    {
        var d = Single("""
            dynamics:
              horizon: {length: 24, unit: months}
              trends:
                - actor: A
                  capability: {linear: {from: 0.6, to: 1.4}}
            """, ScenarioDiagnosticCodes.OutOfRange);
        Assert.Contains("outside the allowed range 0 to 1", d.Message, StringComparison.Ordinal);
        Assert.Equal("dynamics.trends[0].capability.linear.to", d.Location.Path);
    }

    [Fact]
    public void Read_TimesNotAscending_IsReported()
    {
        var d = Single("""
            dynamics:
              horizon: {length: 24, unit: months}
              trends:
                - actor: B
                  walk-away:
                    series: [{at: 12, value: 0.2}, {at: 6, value: 0.1}]
            """, ScenarioDiagnosticCodes.TimesNotAscending);
        Assert.Contains("6 follows 12", d.Message, StringComparison.Ordinal);

        Single("""
            dynamics:
              horizon: {length: 24, unit: months}
              trends:
                - actor: B
                  walk-away: {linear: {from: 0.3, to: 0.2, start: 12, end: 6}}
            """, ScenarioDiagnosticCodes.TimesNotAscending);
    }

    [Fact]
    public void Read_TwoTrendsOnOneFigure_IsADuplicate()
    {
        Single("""
            dynamics:
              horizon: {length: 24, unit: months}
              trends:
                - actor: B
                  walk-away: {linear: {from: 0.3, to: 0.2}}
                - actor: B
                  walk-away: {steps: [{at: 3, value: 0.1}]}
            """, ScenarioDiagnosticCodes.DuplicateEntry);
    }

    [Fact]
    public void Read_TrendWithBothFiguresOrNoCurve_IsRejected()
    {
        Single("""
            dynamics:
              horizon: {length: 24, unit: months}
              trends:
                - actor: A
                  walk-away: {linear: {from: 0.3, to: 0.2}}
                  capability: {linear: {from: 0.3, to: 0.2}}
            """, ScenarioDiagnosticCodes.MissingKey);
        Single("""
            dynamics:
              horizon: {length: 24, unit: months}
              trends:
                - actor: A
                  walk-away: {linear: {from: 0.3, to: 0.2}, steps: [{at: 1, value: 0.1}]}
            """, ScenarioDiagnosticCodes.WrongType);
    }

    [Fact]
    public void Read_UnknownKeyAndMissingHorizon_AreReported()
    {
        var d = Single("""
            dynamics:
              horizn: {length: 24, unit: months}
            """, ScenarioDiagnosticCodes.UnknownKey);
        Assert.Contains("horizon", d.Message, StringComparison.Ordinal);
        Assert.Contains(Read("dynamics:\n  horizn: {length: 24, unit: months}\n").Diagnostics, x => x.Code == ScenarioDiagnosticCodes.MissingKey);
    }

    [Fact]
    public void Read_HorizonOfLengthZeroOrWithoutUnit_IsReported()
    {
        var d = Single("""
            dynamics:
              horizon: {length: 0, unit: months}
            """, ScenarioDiagnosticCodes.OutOfRange);
        Assert.Contains("must be positive", d.Message, StringComparison.Ordinal);
        Single("""
            dynamics:
              horizon: {length: 12}
            """, ScenarioDiagnosticCodes.MissingKey);
    }

    [Fact]
    public void Read_StatedTrendWithoutSources_IsAnError()
    {
        var d = Single("""
            dynamics:
              horizon: {length: 24, unit: months}
              trends:
                - actor: A
                  walk-away: {linear: {from: 0.3, to: 0.2}}
                  basis: stated
            """, ScenarioDiagnosticCodes.MissingKey);
        Assert.Contains("must name its sources", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LeverPushingADriftedFigureOutOfRange_IsReportedAtTheLever()
    {
        // B's walk-away steps down to 0.05 in month 12; the lever subtracts 0.1 from month 6.
        var d = Single("""
            dynamics:
              horizon: {length: 24, unit: months}
              trends:
                - actor: B
                  walk-away: {steps: [{at: 12, value: 0.05}]}
            """, ScenarioDiagnosticCodes.LeverNotApplicable);
        Assert.Contains("Lever 'halt' cannot be applied at time 12 months", d.Message, StringComparison.Ordinal);
        Assert.Equal("levers.halt", d.Location.Path);
    }

    [Fact]
    public void Read_LeverOrClaimBeyondTheHorizon_IsReportedWhereWritten()
    {
        var result = Read("""
            dynamics:
              horizon: {length: 5, unit: months}
            """);

        Assert.False(result.Succeeded);
        var codes = result.Diagnostics.Where(d => d.Code == ScenarioDiagnosticCodes.OutsideHorizon).Select(d => d.Location.Path).ToArray();
        Assert.Equal(["levers[0].starts-at", "claims[0].at"], codes);
    }
}
