using Parley.Core.Agreement;
using Parley.Core.Model;
using Parley.Formats.Yaml;

namespace Parley.Formats.Tests.Agreement;

/// <summary>
/// The seed case of interaction terms, read from YAML: US sanctions relief is worth less to RU while the EU
/// keeps its own sanctions, so a package that lifts only the US sanctions no longer clears RU's walk-away value.
/// </summary>
public sealed class InteractionScenarioTests
{
    private const string Yaml = """
        title: Sanctions relief that depends on who else lifts
        sources:
          - {id: S1, title: A statement}
        actors:
          - {id: RU, role: party}
          - {id: UA, role: party}
          - {id: US, role: mediator}
        issues:
          - {id: sanctions-us, track: deal, options: [kept, lifted]}
          - {id: sanctions-eu, track: deal, options: [kept, lifted]}
          - {id: aid, track: deal, range: {min: 0, max: 100, step: 10}}
        positions:
          - actor: RU
            walk-away: 0.5
            issues:
              sanctions-us: {prefer: lifted, weight: 0.5}
              sanctions-eu: {prefer: lifted, weight: 0.3}
              aid: {prefer: 0, weight: 0.2}
            interactions:
              - when: {sanctions-us: lifted, sanctions-eu: kept}
                value: {value: -0.3, basis: assumption, note: relief devalued while the EU keeps its sanctions}
                description: US relief is worth less while the EU keeps its sanctions
                sources: [S1]
              - when: {sanctions-eu: lifted, aid: {max: 40}}
                value: 0.05
          - actor: UA
            walk-away: 0.3
            issues:
              sanctions-us: {prefer: kept, weight: 0.2}
              sanctions-eu: {prefer: kept, accept: [kept], weight: 0.3}
              aid: {prefer: 100, weight: 0.5}
        """;

    private static Scenario Read()
    {
        var result = ScenarioReader.Read(Yaml, "interactions.yaml");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Value!;
    }

    [Fact]
    public void Read_InteractionTerms_KeepConditionsValueDescriptionAndSources()
    {
        var ru = Read().PositionOf("RU")!;
        Assert.Equal(2, ru.Interactions.Length);
        var first = ru.Interactions[0];
        Assert.Equal(-0.3, first.Value.Value, 12);
        Assert.Equal(Provenance.Assumption, first.Value.Provenance);
        Assert.Equal(["sanctions-us", "sanctions-eu"], first.Conditions.Select(c => c.IssueId));
        Assert.Equal(["lifted"], first.Conditions[0].Options.ToArray());
        Assert.Equal(["S1"], first.Sources.ToArray());
        Assert.Equal("US relief is worth less while the EU keeps its sanctions", first.Description);
        var numeric = ru.Interactions[1].Conditions[1];
        Assert.Equal(0, numeric.Range!.Min);
        Assert.Equal(40, numeric.Range.Max);
        Assert.Empty(Read().PositionOf("UA")!.Interactions);
    }

    [Fact]
    public void Agreement_PenaltyForUsReliefAlone_LeavesNoAcceptablePackage()
    {
        var scenario = Read();
        var problem = AgreementProblem.From(scenario);
        Assert.Equal(2, problem.Utilities[0].Interactions.Length);

        // UA accepts only kept EU sanctions; RU then gets at most 0.5 + 0.2 - 0.3 = 0.4 < 0.5: no deal.
        Assert.True(AgreementSpace.Of(problem).IsEmpty);

        // Without the penalty (additive utilities) lifting the US sanctions alone would be enough.
        var additive = scenario.With(positions: [.. scenario.Positions.Select(p => p with { Interactions = [] })]);
        Assert.False(AgreementSpace.Of(AgreementProblem.From(additive)).IsEmpty);
    }

    [Fact]
    public void Agreement_UtilityOfAPackage_AddsEveryTermThatHolds()
    {
        var problem = AgreementProblem.From(Read());
        int lifted = 1, kept = 0;
        int aid30 = problem.OptionIndex(2, null, 30);
        var u = problem.Utilities[0];
        Assert.Equal(0.5 + 0.2 * 0.7 - 0.3, u.Of([lifted, kept, aid30]), 9);
        Assert.Equal(0.5 + 0.3 + 0.2 * 0.7 + 0.05, u.Of([lifted, lifted, aid30]), 9);
    }
}
