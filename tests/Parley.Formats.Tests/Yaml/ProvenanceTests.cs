using System.Collections.Immutable;
using Parley.Core.Analysis;
using Parley.Core.Model;
using Parley.Formats.Yaml;

namespace Parley.Formats.Tests.Yaml;

/// <summary>Provenance 'inferred' beside 'stated' and 'assumption': read, checked, counted and shown per claim.</summary>
public sealed class ProvenanceTests
{
    private const string Scenario = """
        parley: 1
        id: p
        title: Provenance
        sources:
          - {id: S1, title: "Statement"}
          - {id: C1, title: "Opinion", kind: commentary}
        actors:
          - {id: A, role: party, capability: {value: 0.5, basis: inferred, note: "read from S1", sources: [S1]}}
          - {id: B, role: party}
        issues:
          - {id: x, track: t, options: [{id: a}, {id: b}, {id: c}]}
        positions:
          - actor: A
            sources: [S1]
            walk-away: {value: 0.2, note: "assumption"}
            issues:
              x: {prefer: a, accept: [a, b], quote: "a or b, never c"}
          - actor: B
            sources: [S1]
            walk-away: 0.2
            issues:
              x: {prefer: c, accept: [b, c], basis: inferred, note: "S1 asks for c; b read as acceptable"}
        claims:
          - {id: k, statement: "a deal exists", test: "agreement(track: t).empty == false", sources: [C1]}
        """;

    private static Scenario Read(string text, out ImmutableArray<Core.Diagnostics.Diagnostic> diagnostics)
    {
        var result = ScenarioReader.Read(text, "p.yaml");
        diagnostics = result.Diagnostics;
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Value!;
    }

    [Fact]
    public void Read_InferredStandAndFigure_KeepTheirProvenance()
    {
        var s = Read(Scenario, out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(Provenance.Inferred, s.PositionOf("B")!.On("x")!.Provenance);
        Assert.Equal(Provenance.Stated, s.PositionOf("A")!.On("x")!.Provenance);
        Assert.Equal(Provenance.Inferred, s.FindActor("A")!.Capability!.Provenance);
        Assert.Equal(SourceKind.Commentary, s.FindSource("C1")!.Kind);
        Assert.Equal(SourceKind.Record, s.FindSource("S1")!.Kind);
    }

    [Fact]
    public void Summary_CountsStandsRedLinesAndFiguresByProvenance()
    {
        var summary = ScenarioSummary.Of(Read(Scenario, out _));

        Assert.Equal(new ProvenanceCount(1, 1, 0), summary.Stands);
        Assert.Equal(new ProvenanceCount(1, 1, 0), summary.RedLines);
        // A's capability (inferred); two walk-aways and two weights (assumed).
        Assert.Equal(new ProvenanceCount(0, 1, 4), summary.Figures);
    }

    [Fact]
    public void Read_StatedRedLineWithoutQuote_Warns()
    {
        string text = Scenario.Replace("quote: \"a or b, never c\"", "note: \"no quote\"", StringComparison.Ordinal);

        Read(text, out var diagnostics);

        var warning = Assert.Single(diagnostics);
        Assert.Equal(ScenarioDiagnosticCodes.StatedRedLineWithoutQuote, warning.Code);
        Assert.Contains("basis: inferred", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InferredWithoutNote_IsAnError()
    {
        string text = Scenario.Replace(", note: \"S1 asks for c; b read as acceptable\"", string.Empty, StringComparison.Ordinal);

        var result = ScenarioReader.Read(text, "p.yaml");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == ScenarioDiagnosticCodes.InferredWithoutNote);
    }

    [Fact]
    public void Read_UnknownSourceKind_IsAnError()
    {
        var result = ScenarioReader.Read(Scenario.Replace("kind: commentary", "kind: opinion", StringComparison.Ordinal), "p.yaml");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("'commentary'", StringComparison.Ordinal));
    }

    [Fact]
    public void ClaimBasis_NamesTheInferredRedLinesTheTestReads()
    {
        var s = Read(Scenario, out _);

        var basis = ClaimBasis.Of(s, s.Claims[0].Test, []);

        Assert.Equal(new ProvenanceCount(1, 1, 0), basis.RedLines);
        Assert.Equal(new ProvenanceCount(0, 0, 4), basis.Figures);
        Assert.Equal(["B's red line on x (inferred)"], basis.Judgements.ToArray());
        var none = ClaimBasis.Of(s, null, []);
        Assert.Equal("nothing from the scenario", none.Describe());
        Assert.Empty(none.Judgements);
    }
}
