using Parley.Core.Claims;
using Parley.Core.EndStates;
using Parley.Core.Model;
using Parley.Core.Stability;
using Parley.Formats.Yaml;

namespace Parley.Formats.Tests.Yaml;

/// <summary>
/// Named end states: A prefers to attack; B never concedes. The status-quo path is A's attack (state 1,
/// the only Nash equilibrium); a deal on track 'deal' exists exactly when A's uncertain walk-away value
/// (uniform on [0.3, 0.7]) is at most 0.5, so settlement and deadlock each hold in about half the draws.
/// </summary>
public sealed class EndStateTests
{
    private const string Yaml = """
        title: Where it ends
        sources:
          - {id: S1, title: Commentary}
        actors:
          - {id: A, role: party}
          - {id: B, role: party}
        issues:
          - {id: terms, track: deal, options: [low, mid, high]}
        positions:
          - actor: A
            walk-away: {value: 0.4, uncertainty: {min: 0.3, max: 0.7}}
            issues:
              terms: {prefer: high}
          - actor: B
            walk-away: 0.5
            issues:
              terms: {prefer: low}
        conflict:
          decision-makers:
            - actor: A
              options: [{id: a-attack, name: attack}]
              preferences:
                - statement: a-attack
            - actor: B
              options: [{id: b-concede, name: concede}]
              preferences:
                - statement: not b-concede
          status-quo: []
        end-states:
          - id: capitulation-b
            name: B capitulates
            description: B concedes.
            when: b-concede
            sources: [S1]
          - id: settlement
            when: not b-concede
            agreements: {deal: true}
          - id: deadlock
            when: not b-concede
            agreements: {deal: false}
        claims:
          - {id: c1, statement: "B is unlikely to capitulate.", test: "endstate(capitulation-b).probability < 0.1"}
          - {id: c2, statement: "A settlement is reachable.", test: "endstate(settlement).reachable and endstate(settlement).equilibrium(concept: nash)"}
        """;

    private static Scenario Read(string yaml)
    {
        var result = ScenarioReader.Read(yaml, "ends.yaml");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Value!;
    }

    [Fact]
    public void Read_EndStates_KeepConditionsAgreementsAndSources()
    {
        var s = Read(Yaml);
        Assert.Equal(["capitulation-b", "settlement", "deadlock"], s.EndStates.Select(e => e.Id));
        Assert.Equal("B capitulates", s.EndStates[0].Name);
        Assert.Equal(["S1"], s.EndStates[0].Sources.ToArray());
        Assert.Equal(new TrackOutcome("deal", false), Assert.Single(s.EndStates[2].Agreements));
    }

    [Fact]
    public void Run_Partition_ProbabilitiesSumToOneAndSplitByTheUncertainWalkAway()
    {
        var report = EndStateAnalysis.Run(Read(Yaml), new EndStateOptions { Draws = 400, Seed = 7 });

        Assert.Equal(400, report.Draws);
        Assert.Equal(1, report.PathEnd);
        Assert.True(report.IsPartition);
        Assert.Equal(1.0, report.EndStates.Sum(e => e.Probability), 12);
        var byId = report.EndStates.ToDictionary(e => e.EndStateId);
        Assert.Equal(0, byId["capitulation-b"].Probability);
        Assert.InRange(byId["settlement"].Probability, 0.4, 0.6);
        Assert.Equal(400, byId["settlement"].Hits + byId["deadlock"].Hits);

        // B never concedes by choice: capitulation is unreachable and holds no Nash equilibrium.
        Assert.False(byId["capitulation-b"].Reachable);
        Assert.False(byId["capitulation-b"].Equilibria.Single(c => c.Concept == StabilityConcept.Nash).Contains);
        Assert.True(byId["settlement"].Reachable);
        Assert.Empty(byId["settlement"].Path); // the status quo already lies in it
        Assert.Equal([1], byId["settlement"].Equilibria.Single(c => c.Concept == StabilityConcept.Nash).States.ToArray());

        // A state that takes an attack is reached by A's move.
        var attacked = new EndState("attacked", "A attacks", null, Parley.Core.Model.Conflicts.OptionCondition.Option("a-attack"), [], []);
        var withAttack = EndStateAnalysis.Run(Read(Yaml).WithEndStates([attacked]), new EndStateOptions { Draws = 10 });
        Assert.Equal(["A"], withAttack.EndStates[0].Movers.ToArray());
        Assert.Equal(1.0, withAttack.EndStates[0].Probability);

        // The same seed gives the same report.
        var again = EndStateAnalysis.Run(Read(Yaml), new EndStateOptions { Draws = 400, Seed = 7 });
        Assert.Equal(report.EndStates.Select(e => e.Hits), again.EndStates.Select(e => e.Hits));
    }

    [Fact]
    public void Run_NotAPartition_SaysHowManyDrawsFallOutside()
    {
        var s = Read(Yaml.Replace("  - id: deadlock\n    when: not b-concede\n    agreements: {deal: false}\n", string.Empty, StringComparison.Ordinal));
        var report = EndStateAnalysis.Run(s, new EndStateOptions { Draws = 200, Seed = 3 });
        Assert.False(report.IsPartition);
        Assert.Equal(1.0, report.EndStates.Sum(e => e.Probability) + report.Unmatched, 12);
    }

    [Fact]
    public void AsGivenAndPerLever_OneReportEach()
    {
        var yaml = Yaml + """

            levers:
              - id: ease
                by: B
                effects:
                  - impose-option: {issue: terms, option: high}
            """;
        var reports = EndStateAnalysis.AsGivenAndPerLever(Read(yaml), new EndStateOptions { Draws = 100 });
        Assert.Equal(2, reports.Length);
        Assert.Equal(["ease"], reports[1].Levers.ToArray());
        // Only 'high' remains: B (walk-away 0.5) values it at 0, so no deal in any draw.
        Assert.Equal(0.0, reports[1].EndStates.Single(e => e.EndStateId == "settlement").Probability);
        Assert.Equal(1.0, reports[1].EndStates.Single(e => e.EndStateId == "deadlock").Probability);
    }

    [Fact]
    public void Claims_EndStateQueries_AreAnswered()
    {
        var report = ClaimEvaluation.Evaluate(Read(Yaml));
        Assert.All(report.Claims, c => Assert.Equal(ClaimVerdict.Supported, c.Verdict));
    }

    [Theory]
    [InlineData("when: b-concede", "when: b-conceded", "PAR020")]
    [InlineData("agreements: {deal: true}", "agreements: {peace: true}", "PAR020")]
    [InlineData("agreements: {deal: true}", "agreements: {deal: maybe}", "PAR010")]
    [InlineData("    when: b-concede\n", "", "PAR074")]
    public void Read_BadEndState_IsDiagnosed(string from, string to, string code)
    {
        var result = ScenarioReader.Read(Yaml.Replace(from, to, StringComparison.Ordinal), "ends.yaml");
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == code);
    }
}
