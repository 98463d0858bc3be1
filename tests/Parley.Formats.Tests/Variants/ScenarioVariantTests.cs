using Parley.Core.Model;
using Parley.Core.Session;
using Parley.Core.Variants;
using Parley.Formats.Yaml;

namespace Parley.Formats.Tests.Variants;

/// <summary>
/// Variants are derived in one place and say what is wrong instead of throwing: unknown levers, a time
/// without a horizon, and levers that each fit the conflict but together leave no feasible state.
/// </summary>
public sealed class ScenarioVariantTests
{
    // Each lever alone leaves a feasible state (the reader checks every lever on its own); together
    // they forbid both options of which at least one must be taken.
    private const string Yaml = """
        parley: 1
        title: Two levers that cannot be pulled together
        sources:
          - {id: S1, title: A statement}
        actors:
          - {id: A, role: party}
          - {id: B, role: party}
        issues:
          - {id: x, track: main, options: [x0, x1]}
        levers:
          - id: no-a
            by: A
            effects:
              - forbid-option: a-go
          - id: no-b
            by: B
            effects:
              - forbid-option: b-go
        conflict:
          decision-makers:
            - actor: A
              options:
                - {id: a-go, name: go}
              preferences: ["a-go"]
            - actor: B
              options:
                - {id: b-go, name: go}
              preferences: ["b-go"]
          infeasible:
            - at-least-one: [a-go, b-go]
        """;

    private static Scenario Read()
    {
        var result = ScenarioReader.Read(Yaml, "two-levers.yaml");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Value!;
    }

    [Theory]
    [InlineData("no-a")]
    [InlineData("no-b")]
    public void Derive_OneLever_GivesTheScenario(string lever)
    {
        var derived = ScenarioVariant.Derive(Read(), VariantKey.Parse(lever));

        Assert.NotNull(derived.Scenario);
        Assert.Empty(derived.Problems);
    }

    [Fact]
    public void Derive_LeversThatTogetherLeaveNoFeasibleState_SaySoWithoutThrowing()
    {
        var derived = ScenarioVariant.Derive(Read(), VariantKey.Parse("no-a+no-b"));

        Assert.Null(derived.Scenario);
        var problem = Assert.Single(derived.Problems);
        Assert.Equal(VariantProblem.LeverDoesNotApply, problem.Code);
        Assert.Contains("no-a + no-b cannot be pulled together", problem.Message, StringComparison.Ordinal);
        Assert.Contains("no feasible state remains", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stability_OnAVariantThatCannotBeDerived_IsNullNotAnException()
    {
        var session = new LensSession(Read(), LensOptions.Default);

        Assert.NotNull(session.Stability(VariantKey.AsGiven)?.Result);
        Assert.Null(session.Stability(VariantKey.Parse("no-a+no-b")));
    }

    [Fact]
    public void Check_UnknownLeverAndTimeWithoutHorizon_AreBothReported()
    {
        var problems = ScenarioVariant.Check(Read(), VariantKey.Parse("no-c", 3));

        Assert.Equal([VariantProblem.UnknownLever, VariantProblem.NoHorizon], problems.Select(p => p.Code));
        Assert.Contains("no-a", problems[0].Message, StringComparison.Ordinal);
    }
}
