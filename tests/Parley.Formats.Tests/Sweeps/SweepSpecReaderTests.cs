using Parley.Core.Diagnostics;
using Parley.Formats.Sweeps;
using Parley.Tests;

namespace Parley.Formats.Tests.Sweeps;

/// <summary>Bad sweep specs are refused with located diagnostics before any work starts.</summary>
public sealed class SweepSpecReaderTests
{
    private static readonly string Labour = RepoPaths.InRepo("scenarios", "labour-dispute.yaml");
    private static readonly string Istanbul = RepoPaths.InRepo("scenarios", "istanbul-2025.yaml");

    [Fact]
    public void Read_UnknownLever_IsPar200AtTheLever()
    {
        var result = Read($"""
            scenarios: [{Labour}]
            levers:
              - []
              - [strike-fund-boost, no-such-lever]
            draws: 4
            """);

        var d = Assert.Single(result.Diagnostics, x => x.Code == "PAR200");
        Assert.Equal((4, 25), (d.Location.Line, d.Location.Column));
        Assert.Contains("no-such-lever", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownScenario_IsPar300AtItsName()
    {
        var result = Read("""
            scenarios: [no-such-file.yaml]
            draws: 4
            """);

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("PAR300", 1, 13), (d.Code, d.Location.Line, d.Location.Column));
    }

    [Fact]
    public void Read_GridOfABillionPoints_IsRefusedByCountingNotBuilding()
    {
        var result = Read($"""
            scenarios: [{Labour}]
            overrides:
              - figure: walk-away:union
                range: {"{"}from: 0, to: 1, steps: 1000000{"}"}
              - figure: walk-away:employer
                range: {"{"}from: 0, to: 1, steps: 1000{"}"}
            draws: 4
            """);

        Assert.False(result.Succeeded);
        var d = Assert.Single(result.Diagnostics, x => x.Code == "PAR301");
        Assert.Contains("1,000,000,000 variants", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DateOutsideTheHorizon_IsPar203AtTheDate()
    {
        var result = Read($"""
            scenarios: [{Istanbul}]
            dates: [2025-09-01, 2031-01-01]
            draws: 4
            """);

        var d = Assert.Single(result.Diagnostics, x => x.Severity == DiagnosticSeverity.Error);
        Assert.Equal(("PAR203", 2, 21), (d.Code, d.Location.Line, d.Location.Column));
    }

    [Fact]
    public void Read_AllCombinations_ExpandsEverySubsetOnce_AsGivenFirst()
    {
        var result = Read($"""
            scenarios: [{Labour}]
            levers: all
            draws: 10
            draws-per-piece: 4
            """);

        var definition = Assert.IsType<Parley.Core.Sweeps.SweepDefinition>(result.Value);
        Assert.Equal(64, definition.Variants.Length);
        Assert.Equal("as-given", definition.Variants[0].Levers);
        Assert.Equal(64, definition.Variants.Select(v => v.Levers).Distinct().Count());
        Assert.Equal(3, definition.PiecesPerVariant);
        Assert.Equal((8, 2), (definition.Piece(2).FirstDraw, definition.Piece(2).Count));

        // Every piece once, each variant's first before any variant's second: pieces taken a few at a time are of
        // different variants.
        var order = definition.PiecesInterleaved().ToList();
        Assert.Equal(Enumerable.Range(0, 192), order.Order());
        Assert.Equal(64, order.Take(64).Select(p => definition.Piece(p).Variant).Distinct().Count());
        Assert.All(order.Take(64), p => Assert.Equal(0, definition.Piece(p).FirstDraw));
    }

    [Fact]
    public void Read_UnknownAnswer_AndAnUnparsableTest_AreLocated()
    {
        var result = Read($"""
            scenarios: [{Labour}]
            draws: 4
            answers:
              - claims
              - verdicts
              - id: broken
                test: "agreement(track: x).empty =="
            """);

        Assert.Equal(["PAR302", "PAR302"], result.Diagnostics.Select(d => d.Code));
        Assert.Equal([5, 6], result.Diagnostics.Select(d => d.Location.Line));
    }

    [Fact]
    public void Read_WorkspaceScenario_ById_ReadsTheVersionTheWorkspaceGives()
    {
        var id = Guid.NewGuid();
        var workspace = new FakeWorkspace(id, File.ReadAllText(Labour));
        var result = Read($"""
            scenarios: [workspace:{id}, "workspace:{id}@2"]
            draws: 4
            """, workspace);

        Assert.False(result.HasErrors, string.Join("; ", result.Diagnostics));
        Assert.Equal([$"workspace:{id}", $"workspace:{id}@2"], result.Value!.Scenarios.Select(s => s.Name).Order(StringComparer.Ordinal));
        Assert.Equal([(id, (int?)null), (id, 2)], workspace.Asked);
    }

    [Theory]
    [InlineData("workspace:not-a-guid", "is not a workspace scenario")]
    [InlineData("workspace:6f1c2a4e-0000-4000-8000-000000000001@0", "is not a workspace scenario")]
    [InlineData("workspace:6f1c2a4e-0000-4000-8000-000000000001@x", "is not a workspace scenario")]
    [InlineData("workspace:6f1c2a4e-0000-4000-8000-0000000000ff", "the workspace has no scenario with this id")]
    public void Read_BadOrUnknownWorkspaceScenario_IsPar300AtItsName(string name, string sentence)
    {
        var result = Read($"""
            scenarios: ["{name}"]
            draws: 4
            """, new FakeWorkspace(Guid.Parse("6f1c2a4e-0000-4000-8000-000000000001"), File.ReadAllText(Labour)));

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("PAR300", 1, 13), (d.Code, d.Location.Line, d.Location.Column));
        Assert.Contains(sentence, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WorkspaceScenario_WithoutAWorkspace_SaysHowToGiveOne()
    {
        var result = Read($"""
            scenarios: [workspace:{Guid.NewGuid()}]
            draws: 4
            """);

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("PAR300", d.Code);
        Assert.Contains("--workspace", d.Message, StringComparison.Ordinal);
    }

    private static ParseResult<Parley.Core.Sweeps.SweepDefinition> Read(string spec, IWorkspaceScenarios? workspace = null)
    {
        string folder = Path.Combine(Path.GetTempPath(), "parley-sweep-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        string file = Path.Combine(folder, "spec.yaml");
        File.WriteAllText(file, spec);
        var files = SweepSpecReader.ReadFiles(file, workspace);
        return files.Value is { } input ? SweepSpecReader.Read(input) : ParseResult<Parley.Core.Sweeps.SweepDefinition>.Failure(files.Diagnostics);
    }

    private sealed class FakeWorkspace(Guid id, string yaml) : IWorkspaceScenarios
    {
        public List<(Guid, int?)> Asked { get; } = [];

        public WorkspaceLookup Find(Guid asked, int? version)
        {
            Asked.Add((asked, version));
            return asked == id
                ? new WorkspaceLookup(new WorkspaceScenario(id, version ?? 3, "Labour", yaml), null)
                : new WorkspaceLookup(null, "the workspace has no scenario with this id.");
        }
    }
}
