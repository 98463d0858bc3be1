using Parley.Core.Levers;
using Parley.Core.Model.Conflicts;
using Parley.Core.Model;
using Parley.Core.Stability;
using Parley.Formats.Yaml;
using Parley.Tests;

namespace Parley.Formats.Tests.Yaml;

public sealed class ConflictSectionTests
{
    private const string Head = """
        parley: 1
        title: A small standoff
        sources:
          - {id: S1, title: A statement}
        actors:
          - {id: A, role: party}
          - {id: B, role: party}
        issues:
          - {id: x, track: main, options: [x0, x1]}
        levers:
          - id: fix
            by: A
            effects:
              - fix-option: a-go
          - id: flip
            by: B
            effects:
              - preferences: {actor: B, statements: ["not b-go"]}

        """;

    private const string Conflict = """
        conflict:
          decision-makers:
            - actor: A
              options:
                - {id: a-go, name: go}
                - {id: a-stop, name: stop, direction: take-only}
              preferences:
                - statement: "a-go and not b-go"
                  basis: assumption
                  note: the modeller's reading
                  sources: [S1]
                - "a-stop iff b-go"
            - actor: B
              options:
                - {id: b-go, name: go}
              ranking: [2, [1, 3], 4, 5, 6]
          infeasible:
            - at-most-one: [a-go, a-stop]
          status-quo: [a-go]
          coalitions:
            - {id: both, members: [A, B]}
        """;

    [Fact]
    public void Read_ValidConflict_BuildsModelWithGmcrNumbering()
    {
        // Without the levers: fixing an option is refused when a decision maker ranks states explicitly.
        var result = ScenarioReader.Read(Head[..Head.IndexOf("levers:", StringComparison.Ordinal)] + Conflict, "t.yaml");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var conflict = result.Value!.Conflict!;
        Assert.Equal(["A", "B"], conflict.DecisionMakers.Select(d => d.ActorId));
        Assert.Equal(OptionReversibility.ForwardOnly, conflict.DecisionMakers[0].Options[1].Reversibility);
        var statement = ((OptionPrioritization)conflict.DecisionMakers[0].Preferences).Statements[0];
        Assert.Equal(Provenance.Assumption, statement.Provenance);
        Assert.Equal(["S1"], statement.Sources.ToArray());
        Assert.Equal("both", Assert.Single(conflict.Coalitions).Id);

        var model = GraphModel.FromConflict(conflict);
        Assert.Equal(6, model.StateCount);
        Assert.Equal([0, 1, 2, 4, 5, 6], Enumerable.Range(0, 6).Select(model.DecimalCode));
        Assert.Equal(1, model.StatusQuo);
    }

    [Fact]
    public void Apply_ConflictLevers_FixOptionAndReplacePreferences()
    {
        var scenario = ScenarioReader.Read(Head + Conflict.Replace("ranking: [2, [1, 3], 4, 5, 6]", "preferences: [b-go]", StringComparison.Ordinal), "t.yaml").Value!;
        var fixedModel = GraphModel.FromConflict(LeverApplication.Apply(scenario, ["fix"]).Conflict!);
        Assert.All(Enumerable.Range(0, fixedModel.StateCount), s => Assert.Equal('Y', Parley.Formats.Words.StateLabels.Of(fixedModel, s)[0]));
        var flipped = LeverApplication.Apply(scenario, ["flip"]).Conflict!;
        Assert.Equal("not b-go", ((OptionPrioritization)flipped.DecisionMakers[1].Preferences).Statements[0].Condition.ToString());
    }

    [Theory]
    [InlineData("a-go and not c-go", "PAR020", 36)]
    [InlineData("a-go and and b-go", "PAR070", 32)]
    [InlineData("(a-go or b-go", "PAR070", 23)]
    public void Read_BadStatement_PointsInsideTheStatement(string statement, string code, int column)
    {
        var text = Head + Conflict.Replace("a-go and not b-go", statement, StringComparison.Ordinal);
        var result = ScenarioReader.Read(text, "t.yaml");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(code, d.Code);
        Assert.Equal(column, d.Location.Column);
        Assert.Equal(text.Split('\n').ToList().FindIndex(l => l.Contains(statement, StringComparison.Ordinal)) + 1, d.Location.Line);
    }

    [Theory]
    [InlineData("at-most-one: [a-go, a-stop]", "when: \"a-go or not a-go\"", "PAR071")]
    [InlineData("status-quo: [a-go]", "status-quo: [a-go, a-stop]", "PAR072")]
    [InlineData("ranking: [2, [1, 3], 4, 5, 6]", "ranking: [2, [1, 3], 4, 5, 5]", "PAR073")]
    [InlineData("ranking: [2, [1, 3], 4, 5, 6]", "ranking: [2, [1, 3], 4, 5, 6]", "PAR040")]
    [InlineData("- actor: B", "- actor: Z", "PAR020")]
    [InlineData("direction: take-only", "direction: sideways", "PAR010")]
    public void Read_BrokenConflict_ReportsDiagnostic(string replace, string with, string code)
    {
        var result = ScenarioReader.Read(Head + Conflict.Replace(replace, with, StringComparison.Ordinal), "t.yaml");
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == code && d.Location.Line > 0);
    }

    [Fact]
    public void Read_LeverFixingUnknownOption_ReportsPar040()
    {
        var result = ScenarioReader.Read(Head.Replace("fix-option: a-go", "fix-option: nothing", StringComparison.Ordinal) + Conflict.Replace("ranking: [2, [1, 3], 4, 5, 6]", "preferences: [b-go]", StringComparison.Ordinal), "t.yaml");
        Assert.Contains(result.Diagnostics, d => d.Code == "PAR040");
    }

    [Fact]
    public void Read_IstanbulScenario_ConflictHasFourDecisionMakersAndReasonedPreferences()
    {
        var result = ScenarioReader.ReadFile(Path.Combine(RepoPaths.Root, "scenarios", "istanbul-2025.yaml"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var conflict = result.Value!.Conflict!;
        Assert.Equal(["RU", "UA", "US", "EU"], conflict.DecisionMakers.Select(d => d.ActorId));
        var statements = conflict.DecisionMakers.SelectMany(d => ((OptionPrioritization)d.Preferences).Statements).ToList();
        Assert.All(statements, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Reasoning));
            Assert.NotEmpty(s.Sources);
        });
        // Symmetric: each belligerent has a military option, and the US can press either side.
        Assert.Contains("ru-offensive", conflict.AllOptions.Select(o => o.Id));
        Assert.Contains("ua-strikes", conflict.AllOptions.Select(o => o.Id));
        Assert.Contains("us-halt-aid", conflict.AllOptions.Select(o => o.Id));
        Assert.Contains("us-sanction-ru", conflict.AllOptions.Select(o => o.Id));
        // The wish to leave the talks (the commentary's premise of claim 4) is marked as an assumption.
        var leave = statements.Where(s => s.Condition.ToString() is "ru-leave" or "ua-leave").ToList();
        Assert.Equal(2, leave.Count);
        Assert.All(leave, s => Assert.Equal(Provenance.Assumption, s.Provenance));
        var model = GraphModel.FromConflict(conflict);
        Assert.NotNull(model.StatusQuo);
        var result2 = StabilityAnalysis.Run(model);
        Assert.All(result2.Concepts, c => Assert.NotEmpty(result2.Equilibria(c)));
    }
}
