using CsCheck;
using Parley.Core.Model;
using Parley.Formats.Tests.Writing;
using Parley.Tests;
using Parley.Web.Forms;
using Parley.Web.Scenarios;
using Parley.Web.Tests.Hosting;

namespace Parley.Web.Tests.Forms;

/// <summary>The form views' edits: what they save reads back to the edited model, and what they would lose is said first.</summary>
public sealed class FormEditsTests
{
    private static Scenario CarSale => ScenarioYaml.Read(Examples.CarSale).Value!;

    private static Scenario ReadBack(FormSave save)
    {
        Assert.True(save.CanSave, string.Join(Environment.NewLine, save.Diagnostics));
        return ScenarioYaml.Read(save.Yaml).Value!;
    }

    [Fact]
    public void EveryKindOfEdit_SavedAndReadBack_IsTheEditedModel()
    {
        var s = CarSale;
        s = FormEdits.Actor(s, "B", "Private buyer", ActorRole.Party, "A buyer: \"needs a car\" before winter.");
        s = FormEdits.Capability(s, "CM", 0.1);
        s = FormEdits.AddActor(s, "BANK", "The buyer's bank", ActorRole.Observer).Scenario!;
        s = FormEdits.Issue(s, "warranty", "Warranty offered", "deal", "Covered by the association's fund.");
        s = FormEdits.Option(s, "warranty", "m6", "Six months", 30);
        s = FormEdits.StatusQuo(s, "delivery", "pickup-serviced");
        s = FormEdits.WalkAway(s, "S", 0.25);
        s = FormEdits.Stand(s, "B", "warranty", "m12", ["m12", "m24"]);
        s = FormEdits.NumericStand(s, "B", "price", 9000, 8500, 10500);
        s = FormEdits.Weight(s, "B", "tyres", 0.3);
        s = FormEdits.Lever(s, s.Levers[0].Id, "A renamed lever", "Said in the form.", null, Provenance.Assumption);

        var back = ReadBack(FormSave.Prepare(Examples.CarSale, s));

        Assert.Null(ScenarioEquivalence.FirstDifference(FormEdits.NormaliseWeights(s), back));
        Assert.Equal("Private buyer", back.FindActor("B")!.Name);
        Assert.Equal(["m12", "m24"], back.PositionOf("B")!.On("warranty")!.Acceptable.ToArray());
        Assert.Equal(1.0, back.PositionOf("B")!.Issues.Sum(i => i.Weight.Value), 12);
    }

    [Fact]
    public void AnEditTheScenarioCannotHold_IsADiagnosticOfTheSave_NotAnException()
    {
        // A lever raises DA's capability: without a capability the lever no longer applies.
        var save = FormSave.Prepare(Examples.CarSale, FormEdits.Capability(CarSale, "DA", null));

        Assert.False(save.CanSave);
        Assert.Contains(save.Diagnostics, d => d.Code == "PAR040" && d.Message.Contains("'DA'", StringComparison.Ordinal));
    }

    [Fact]
    public void RandomWalkAwaysAndWeights_SavedAndReadBack_AreTheEditedModel()
    {
        var start = CarSale;
        var actors = start.Positions.Select(p => p.ActorId).ToArray();
        int saved = 0;
        Gen.Select(Gen.Int[0, actors.Length - 1], Gen.Double[0, 1], Gen.Int[0, 3], Gen.Double[0, 1]).Array[1, 6].Sample(edits =>
        {
            var s = start;
            foreach (var (actor, walkAway, issue, weight) in edits)
            {
                var position = s.PositionOf(actors[actor])!;
                s = FormEdits.WalkAway(s, actors[actor], walkAway);
                if (!position.Issues.IsEmpty)
                {
                    s = FormEdits.Weight(s, actors[actor], position.Issues[issue % position.Issues.Length].IssueId, weight);
                }
            }

            var save = FormSave.Prepare(Examples.CarSale, s);
            if (!save.CanSave)
            {
                // The edit leaves a scenario the reader refuses (every weight 0; a lever that would push a walk-away
                // past 1): the form shows the located reason instead of saving, never an exception.
                Assert.Contains(save.Diagnostics, d => d.Severity == Core.Diagnostics.DiagnosticSeverity.Error && d.Location.Line > 0 && (d.Code == "PAR030" || d.Code == "PAR040"));
                return;
            }

            saved++;
            var back = ReadBack(save);
            string? difference = ScenarioEquivalence.FirstDifference(FormEdits.NormaliseWeights(s), back);
            Assert.True(difference is null, difference);
        }, iter: 60, threads: 1);
        Assert.True(saved > 0, "No random edit could be saved: the property was never checked.");
    }

    [Fact]
    public void Prepare_SaysCommentsAndSourceGradesAreNotKept_BeforeSaving()
    {
        string yaml = "# the modeller's reminder\n" + Examples.CarSale;

        var save = FormSave.Prepare(yaml, FormEdits.WalkAway(CarSale, "S", 0.25));

        Assert.Contains(save.Losses, l => l.Contains("comment", StringComparison.Ordinal));
        var dropped = Assert.Single(save.Losses, l => l.StartsWith("These entries", StringComparison.Ordinal));
        Assert.Contains("sources[0].grade", dropped, StringComparison.Ordinal);
        Assert.Contains("sources[0].note", dropped, StringComparison.Ordinal);
    }

    public static TheoryData<string> Bundled() => [.. Directory.GetFiles(RepoPaths.InRepo("scenarios"), "*.yaml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Bundled))]
    public void Prepare_OnABundledScenario_NamesOnlyWhatTheModelDoesNotHold(string name)
    {
        string yaml = File.ReadAllText(RepoPaths.InRepo("scenarios", name));
        var scenario = ScenarioYaml.Read(yaml).Value!;

        var save = FormSave.Prepare(yaml, scenario);

        // Shorthands the writer spells out (weight: 0.5, options: [a, b], accept: all) are kept, not reported.
        var dropped = save.Losses.SingleOrDefault(l => l.StartsWith("These entries", StringComparison.Ordinal)) ?? string.Empty;
        foreach (var path in dropped.Replace("These entries have no place in the scenario model and are not kept: ", string.Empty, StringComparison.Ordinal).TrimEnd('.').Split(", ", StringSplitOptions.RemoveEmptyEntries).Where(p => !p.Contains(" and ", StringComparison.Ordinal)))
        {
            Assert.Matches(@"^sources\[\d+\]\.(grade|note)$", path);
        }

        // A scenario the writer wrote loses nothing when the form writes it again.
        Assert.Empty(FormSave.Prepare(save.Yaml, ReadBack(save)).Losses);
    }
}
