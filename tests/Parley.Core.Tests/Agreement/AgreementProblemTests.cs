using System.Collections.Immutable;
using Parley.Core.Agreement;
using Parley.Core.Model;

namespace Parley.Core.Tests.Agreement;

public class AgreementProblemTests
{
    private static Scenario Numeric(double? step, IssuePosition? second = null)
    {
        var issue = new Issue("troops", "Troop ceiling", "settlement", IssueKind.Numeric, [], new NumericRange(0, 100, "k", step), [], null, null);
        var other = new Issue("nato", "NATO", "settlement", IssueKind.Discrete, [new IssueOption("neutral", "neutral", null), new IssueOption("open", "open", null)], null, [], null, null);
        var a = new Position("A",
        [
            new IssuePosition("troops", null, 30, [], new NumericRange(10, 60, "k", null), Figure.Assumed(0.5), [], Provenance.Stated, null, []),
            new IssuePosition("nato", "neutral", null, ["neutral"], null, Figure.Assumed(0.5), [1, 0], Provenance.Stated, null, []),
        ], Figure.Assumed(0.4), []);
        var positions = second is null ? ImmutableArray.Create(a) : [a, new Position("B", [second], Figure.Assumed(0.2), [])];
        return new Scenario("n", "n", null, [],
            [new Actor("A", "A", ActorRole.Party, null, [], null, []), new Actor("B", "B", ActorRole.Party, null, [], null, []), new Actor("M", "M", ActorRole.Mediator, null, [], null, [])],
            [issue, other], positions, [], [], []);
    }

    [Fact]
    public void From_NumericIssue_GridHoldsStepsAndEveryStatedNumber()
    {
        var problem = AgreementProblem.From(Numeric(25));
        Assert.Equal([0, 10, 25, 30, 50, 60, 75, 100], problem.OptionNumbers[0].ToArray());
        Assert.Equal(["0", "10", "25", "30", "50", "60", "75", "100"], problem.Space.OptionNames[0].ToArray());
    }

    [Fact]
    public void From_NumericIssue_ValueFallsLinearlyFromThePreferredNumberAndRedLineIsTheRange()
    {
        // Preferred 30: the farther end is 100, 70 away. Weight 0.5 of A's total 1.
        var problem = AgreementProblem.From(Numeric(25));
        var grid = problem.OptionNumbers[0];
        for (int o = 0; o < grid.Length; o++)
        {
            Assert.Equal(0.5 * (1 - (Math.Abs(grid[o] - 30) / 70)), problem.Utilities[0].Contribution(0, o), 12);
            Assert.Equal(grid[o] is >= 10 and <= 60, problem.IsAllowed(0, 0, o));
        }
    }

    [Fact]
    public void From_NumericIssueWithoutStep_UsesElevenPointsAndSaysSo()
    {
        var problem = AgreementProblem.From(Numeric(null));
        Assert.Equal([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100], problem.OptionNumbers[0].ToArray());
        Assert.Contains(problem.Notes, n => n.Contains("no step", StringComparison.Ordinal));
    }

    [Fact]
    public void From_ActorWithoutPosition_AcceptsEverythingWithZeroUtility()
    {
        var problem = AgreementProblem.From(Numeric(25));
        Assert.Equal(["A", "B"], problem.ActorIds.ToArray());
        Assert.Equal(0, problem.Utilities[1].Max());
        Assert.Equal(0, problem.Utilities[1].ReservationValue);
        Assert.False(problem.HasRedLine(1, 0));
        Assert.Contains(problem.Notes, n => n.Contains("'B' has no position", StringComparison.Ordinal));
    }

    [Fact]
    public void From_PartialStand_RenormalisesWeightsOverTheSelectedIssues()
    {
        // B takes a stand on nato only (weight 0.3 as written): alone it carries all of B's weight.
        var stand = new IssuePosition("nato", "open", null, ["open"], null, Figure.Assumed(0.3), [0.2, 1], Provenance.Stated, null, []);
        var problem = AgreementProblem.From(Numeric(25, stand));
        Assert.Equal(0.2, problem.Utilities[1].Contribution(1, 0), 12);
        Assert.Equal(1.0, problem.Utilities[1].Contribution(1, 1), 12);
        Assert.Equal(0.2, problem.Utilities[1].ReservationValue);
    }

    [Fact]
    public void From_UnknownTrack_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => AgreementProblem.From(Numeric(25), ["ceasefire"]));
        Assert.Contains("Known tracks: settlement", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void From_ConsentBy_RedLinesOfOthersDoNotBind()
    {
        var scenario = IstanbulLike.Create();
        var issues = scenario.Issues.Select(i => i.Id == "nato" ? i with { ConsentBy = ["UA"] } : i).ToImmutableArray();
        var problem = AgreementProblem.From(scenario.With(issues: issues), ["settlement"]);
        int nato = problem.IssueIds.IndexOf("nato");
        int ru = problem.ActorIds.IndexOf("RU");
        Assert.False(problem.NeedsConsent(ru, nato));
        Assert.True(problem.IsAllowed(ru, nato, 1));
        Assert.Equal(["neutral", "open"], CommonGround.Of(problem)[nato].Options.ToArray());
    }

    [Fact]
    public void OptionIndex_NumericTerm_MapsToTheGridPoint()
    {
        var problem = AgreementProblem.From(Numeric(25));
        Assert.Equal(3, problem.OptionIndex(0, null, 30));
        Assert.Equal(0, problem.OptionIndex(1, "neutral", null));
        Assert.Equal(-1, problem.OptionIndex(1, "unknown", null));
    }
}
