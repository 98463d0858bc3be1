using CsCheck;
using Parley.Core.Model;
using Parley.Formats.Tests.Writing;
using Parley.Web.Forms;
using Parley.Web.Scenarios;
using Parley.Web.Tests.Hosting;

namespace Parley.Web.Tests.Forms;

/// <summary>
/// Any sequence of the form's structural edits on the car sale (with weights set to 0 between them): each edit is
/// made or refused with a sentence, and a structural edit of a scenario that saves makes one that saves to YAML the
/// reader reads back, without errors, to the edited model.
/// </summary>
public sealed class FormEditSequenceTests
{
    // Ids a user might type: new ones, taken ones, ones the reader refuses, and ones YAML must quote.
    private static readonly string[] Ids = ["x", "new", "price", "warranty", "m6", "none", "B", "a b", "", "yes", "1.5", "all", "ü-ß", "a:b", "-x", "null", "#c", "x,y", "[z]"];

    private static readonly string[] Tracks = ["deal", "logistics", "new-track"];

    private static readonly double[] Amounts = [-0.5, -0.1, 0, 0.1, 0.5, 1, 1.5];

    private static T At<T>(IReadOnlyList<T> items, int k) => items[k % items.Count];

    private static FormEditResult Apply(Scenario s, (int Op, int A, int B, int C) e)
    {
        var (op, a, b, c) = e;
        string id = At(Ids, a + b);
        var issue = At(s.Issues, a);
        var option = issue.Options.IsEmpty ? "none" : At(issue.Options, b).Id;
        var lever = s.Levers.IsEmpty ? null : At(s.Levers, a);
        switch (op)
        {
            case 0: return FormEdits.AddIssue(s, id, "Added", At(Tracks, b), Ids.Skip(c % 5).Take((b % 3) + 1));
            case 1: return FormEdits.AddNumericIssue(s, id, string.Empty, At(Tracks, c), (a % 5) * 100, ((a % 5) * 100) + ((b % 3) * 100), c % 2 == 0 ? null : "EUR");
            case 2: return FormEdits.RemoveIssue(s, issue.Id);
            case 3: return FormEdits.AddOption(s, issue.Id, id, c % 2 == 0 ? null : "A label");
            case 4: return FormEdits.RenameOption(s, issue.Id, option, At(Ids, c));
            case 5: return FormEdits.RemoveOption(s, issue.Id, option);
            case 6: return FormEdits.AddActor(s, id, string.Empty, At(Enum.GetValues<ActorRole>(), c));
            case 7: return FormEdits.RemoveActor(s, At(s.Actors, a).Id);
            case 8: return FormEdits.AddStand(s, At(s.Actors, a).Id, At(s.Issues, b).Id);
            case 9:
                var position = s.Positions.IsEmpty ? null : At(s.Positions, a);
                return position is null || position.Issues.IsEmpty ? FormEditResult.Refused("No stand.") : FormEdits.RemoveStand(s, position.ActorId, At(position.Issues, b).IssueId);
            case 10:
            case 11:
                if (lever is null)
                {
                    return FormEditResult.Refused("No lever.");
                }

                var target = At(s.Issues, c);
                var draft = new EffectDraft(
                    At(Enum.GetValues<EffectKind>(), b),
                    At(s.Actors, c).Id,
                    target.Id,
                    target.Options.IsEmpty ? null : At(target.Options, a).Id,
                    At(Enum.GetValues<ChangeMode>(), a),
                    At(Amounts, b + c),
                    target.Range is { } r && a % 2 == 0 ? r.Min + ((r.Max - r.Min) * (c % 4) / 3) : null,
                    target.Range is { } q && b % 2 == 0 ? q.Min + ((q.Max - q.Min) * (a % 4) / 3) : null);
                return op == 10 ? FormEdits.AddEffect(s, lever.Id, draft) : FormEdits.ChangeEffect(s, lever.Id, c % lever.Effects.Length, draft);
            case 14:
                // A value edit between structural ones: a weight set to 0 (so removals can leave only zeros).
                var p = s.Positions.IsEmpty ? null : At(s.Positions, a);
                return p is null || p.Issues.IsEmpty ? FormEditResult.Refused("No stand.") : FormEditResult.Made(FormEdits.Weight(s, p.ActorId, At(p.Issues, b).IssueId, 0));
            case 12: return lever is null ? FormEditResult.Refused("No lever.") : FormEdits.RemoveEffect(s, lever.Id, b % lever.Effects.Length);
            default: return lever is null ? FormEditResult.Refused("No lever.") : FormEdits.RemoveLever(s, lever.Id);
        }
    }

    // The car sale, and Istanbul for dynamics, a conflict, interaction terms and dated revisions (fewer draws: it is large).
    [Theory]
    [InlineData("car-sale", 300, 16)]
    [InlineData("istanbul-2025", 12, 5)]
    public void AnySequenceOfStructuralEdits_IsMadeOrRefused_AndWhatIsMadeReadsBack(string name, int iterations, int length)
    {
        string yaml = name == "car-sale" ? Examples.CarSale : Examples.Istanbul;
        var start = ScenarioYaml.Read(yaml).Value!;
        int made = 0, refused = 0;
        Gen.Select(Gen.Int[0, 14], Gen.Int[0, 12], Gen.Int[0, 12], Gen.Int[0, 12]).Array[1, length].Sample(edits =>
        {
            var s = start;
            bool saveable = true;
            foreach (var edit in edits)
            {
                var result = Apply(s, edit);
                if (!result.Done)
                {
                    // A refusal is a sentence, and leaves the scenario as it was.
                    Assert.False(string.IsNullOrWhiteSpace(result.Refusal));
                    Assert.EndsWith(".", result.Refusal, StringComparison.Ordinal);
                    refused++;
                    continue;
                }

                s = result.Scenario!;
                var save = FormSave.Prepare(yaml, s);
                if (edit.Item1 == 14)
                {
                    // A weight of 0 may leave an actor caring for nothing, or a lever's weight change with nothing to
                    // lower: the save names it (as it always has) and the form does not save.
                    saveable = save.CanSave;
                    Assert.True(saveable || save.Diagnostics.Any(d => d.Code is "PAR030" or "PAR040"), string.Join(Environment.NewLine, save.Diagnostics));
                    continue;
                }

                made++;
                if (!saveable)
                {
                    saveable = save.CanSave;
                    continue;
                }

                // A structural edit never turns a scenario that saves into one that does not.
                Assert.True(save.CanSave, $"After {edit}: {string.Join(Environment.NewLine, save.Diagnostics)}");
                var back = ScenarioYaml.Read(save.Yaml).Value!;
                string? difference = ScenarioEquivalence.FirstDifference(FormEdits.NormaliseWeights(s), back);
                Assert.True(difference is null, $"After {edit}: {difference}");
            }
        }, iter: iterations, threads: 1);
        Assert.True(made > iterations / 5 && refused > iterations / 5, $"{made} edits made and {refused} refused: the sequences did not exercise both.");
    }
}
