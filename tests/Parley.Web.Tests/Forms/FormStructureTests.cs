using Parley.Core.Model;
using Parley.Formats.Tests.Writing;
using Parley.Web.Forms;
using Parley.Web.Scenarios;
using Parley.Web.Tests.Hosting;

namespace Parley.Web.Tests.Forms;

/// <summary>
/// The form's structural edits on the car sale: what they do to every part that names the thing edited, the
/// sentence of each refusal, and that each made edit saves to YAML the reader reads back to the edited model.
/// </summary>
public sealed class FormStructureTests
{
    private static Scenario CarSale => ScenarioYaml.Read(Examples.CarSale).Value!;

    // The car sale with one more claim, whose test names B, warranty and its options m6 and m12.
    private static Scenario WithGainClaim => ScenarioYaml.Read(Examples.CarSale + """
          - id: warranty-gain
            statement: A longer warranty is worth something to the buyer.
            test: "agreement(track: deal).gain(actor: B, issue: warranty, from: m6, to: m12) > 0"

        """).Value!;

    private static Scenario Made(FormEditResult result)
    {
        Assert.True(result.Done, result.Refusal);
        Assert.Null(result.Refusal);
        return result.Scenario!;
    }

    private static string Refused(FormEditResult result)
    {
        Assert.False(result.Done);
        Assert.NotNull(result.Refusal);
        return result.Refusal!;
    }

    // Saves the edited scenario and reads it back: no error, and the model read is the model edited.
    private static Scenario RoundTrip(Scenario edited)
    {
        var save = FormSave.Prepare(Examples.CarSale, edited);
        Assert.True(save.CanSave, string.Join(Environment.NewLine, save.Diagnostics));
        var back = ScenarioYaml.Read(save.Yaml).Value!;
        string? difference = ScenarioEquivalence.FirstDifference(FormEdits.NormaliseWeights(edited), back);
        Assert.True(difference is null, difference);
        return back;
    }

    [Fact]
    public void AddIssue_WithOptions_ReadsBackAsADiscreteIssueNobodyTakesAStandOn()
    {
        var back = RoundTrip(Made(FormEdits.AddIssue(CarSale, "mats", "Floor mats", "logistics", ["none", " rubber ", "carpet"])));

        var issue = back.FindIssue("mats")!;
        Assert.Equal(IssueKind.Discrete, issue.Kind);
        Assert.Equal(["none", "rubber", "carpet"], issue.Options.Select(o => o.Id));
        Assert.Equal("Floor mats", issue.Name);
        Assert.All(back.Positions, p => Assert.Null(p.On("mats")));
    }

    [Fact]
    public void AddNumericIssue_ReadsBackWithItsRangeAndUnit()
    {
        var back = RoundTrip(Made(FormEdits.AddNumericIssue(CarSale, "deposit", "", "deal", 0, 2000, "EUR")));

        var issue = back.FindIssue("deposit")!;
        Assert.Equal((IssueKind.Numeric, 0.0, 2000.0, "EUR", "deposit"), (issue.Kind, issue.Range!.Min, issue.Range.Max, issue.Range.Unit, issue.Name));
    }

    [Theory]
    [InlineData("price", "Another issue already has the id 'price'. Give each issue its own id.")]
    [InlineData("floor mats", "The id 'floor mats' must be one word without spaces (letters, digits, '-' or '_').")]
    [InlineData("", "Give the new issue an id: one word without spaces.")]
    public void AddIssue_WithABadId_IsRefusedWithTheReadersRule(string id, string sentence) =>
        Assert.Equal(sentence, Refused(FormEdits.AddIssue(CarSale, id, "x", "deal", ["a", "b"])));

    [Fact]
    public void AddIssue_WithoutOptionsOrWithAnEmptyRange_IsRefused()
    {
        Assert.StartsWith("Give the new issue at least one option", Refused(FormEdits.AddIssue(CarSale, "mats", "", "deal", [" ", ""])), StringComparison.Ordinal);
        Assert.Equal("Another option of this issue already has the id 'a'. Give each option of this issue its own id.", Refused(FormEdits.AddIssue(CarSale, "mats", "", "deal", ["a", "a"])));
        Assert.Equal("The range needs a finite min at or below its max (here 5 to 1).", Refused(FormEdits.AddNumericIssue(CarSale, "deposit", "", "deal", 5, 1, null)));
        Assert.StartsWith("Name the new issue's track", Refused(FormEdits.AddIssue(CarSale, "mats", "", " ", ["a"])), StringComparison.Ordinal);
    }

    [Fact]
    public void RemoveIssue_TakesItsStandsAndProposalTermsWithIt_AndSaysSo()
    {
        var result = FormEdits.RemoveIssue(CarSale, "tyres");
        var back = RoundTrip(Made(result));

        Assert.Null(back.FindIssue("tyres"));
        Assert.All(back.Positions, p => Assert.Null(p.On("tyres")));
        Assert.All(back.Proposals, p => Assert.DoesNotContain(p.Terms, t => t.IssueId == "tyres"));
        Assert.Equal(1.0, back.PositionOf("B")!.Issues.Sum(s => s.Weight.Value), 12);
        Assert.Equal(
            [
                "The stands of 'B' and 'S' on 'tyres' were removed; each actor's other weights are shared out again when saved.",
                "Proposal 'advert' no longer settles 'tyres'.",
                "Proposal 'buyer-offer' no longer settles 'tyres'.",
            ],
            result.Notes.ToArray());
    }

    [Fact]
    public void RemoveIssue_Saved_NamesAsLostOnlyWhatTheModelCannotHold_NotWhatWasRemoved()
    {
        var save = FormSave.Prepare(Examples.CarSale, Made(FormEdits.RemoveIssue(CarSale, "tyres")));

        // The removed issue's entries were removed on purpose (the notes said so); only source grades and notes are lost.
        var dropped = Assert.Single(save.Losses, l => l.StartsWith("These entries", StringComparison.Ordinal));
        var unedited = Assert.Single(FormSave.Prepare(Examples.CarSale, CarSale).Losses, l => l.StartsWith("These entries", StringComparison.Ordinal));
        Assert.Equal(unedited, dropped);
        Assert.DoesNotContain("more", dropped, StringComparison.Ordinal);
    }

    [Fact]
    public void RemoveIssue_ThatAProposalSettlesAlone_RemovesTheProposal()
    {
        var result = FormEdits.RemoveIssue(Made(FormEdits.AddNumericIssue(CarSale, "deposit", "", "deal", 0, 2000, null)), "price");

        // Claims test the price forecast: refused before anything is removed.
        Assert.Equal("Claims 'batna-lowers-price' and 'month-end-discount' test issue 'price': change their tests in the YAML editor first.", Refused(result));
    }

    [Fact]
    public void RemoveIssue_ThatALeverOnlyChanges_IsRefused_NamingTheLever() =>
        Assert.Equal(
            "Lever 'association-minimum-warranty' changes nothing but issue 'warranty': remove the lever (Levers tab) or give it another effect first.",
            Refused(FormEdits.RemoveIssue(CarSale, "warranty")));

    [Fact]
    public void RemoveIssue_LastOfATrackAClaimTests_IsRefused()
    {
        var s = Made(FormEdits.RemoveIssue(CarSale, "tyres"));

        Assert.Equal(
            "'delivery' is the last issue of track 'logistics'. Claim 'logistics-easy' tests track 'logistics': change its test in the YAML editor first.",
            Refused(FormEdits.RemoveIssue(s, "delivery")));
    }

    [Fact]
    public void RemoveIssue_ALeversOtherEffectsStay()
    {
        // Once no lever changes the warranty alone, the warranty can go: fund-extended keeps its capability effect.
        var s = Made(FormEdits.RemoveLever(CarSale, "association-minimum-warranty"));
        s = Made(FormEdits.ChangeEffect(s, "short-warranty-doubts", 0, EffectDraft.Empty with { Kind = EffectKind.WalkAway, Actor = "B", Mode = ChangeMode.Add, Amount = -0.05 }));
        var result = FormEdits.RemoveIssue(s, "warranty");
        var back = RoundTrip(Made(result));

        Assert.Equal(["capability of DA = 0.3"], back.FindLever("fund-extended")!.Effects.Select(e => e.Describe()).ToArray());
        Assert.Empty(back.PositionOf("DA")!.Issues);
        Assert.Contains("Lever 'fund-extended' no longer has the effect DA accepts m24 on warranty.", result.Notes);
    }

    [Fact]
    public void RemoveIssue_LeavingAnActorOnlyWeightsOf0_IsRefused()
    {
        var s = FormEdits.Weight(FormEdits.Weight(FormEdits.Weight(CarSale, "B", "price", 0), "B", "warranty", 0), "B", "delivery", 0);

        Assert.Equal(
            "Every issue left to 'B' would weigh 0, so nothing would matter to it: give another issue a weight first (Positions tab).",
            Refused(FormEdits.RemoveIssue(s, "tyres")));
    }

    [Fact]
    public void RemoveIssue_LastOfATrackAnEndStateNames_IsRefused()
    {
        var s = Made(FormEdits.AddIssue(CarSale, "mats", "Floor mats", "extras", ["none", "rubber"]));
        s = s.WithEndStates([new EndState("extras-agreed", "Extras agreed", null, null, [new TrackOutcome("extras", true)], [])]);

        Assert.Equal(
            "'mats' is the last issue of track 'extras', which end state 'extras-agreed' names: change it in the YAML editor first.",
            Refused(FormEdits.RemoveIssue(s, "mats")));
    }

    [Fact]
    public void RemoveIssue_ThatAnInteractionTermDependsOn_IsRefused()
    {
        // Istanbul: Russia values US relief more while EU sanctions stay; the claim testing that devaluation goes first.
        var istanbul = ScenarioYaml.Read(Examples.Istanbul).Value!;
        istanbul = istanbul.With(claims: [.. istanbul.Claims.Where(c => c.Id != "c7-eu-devalues-us-relief")]);

        Assert.Equal(
            "An interaction term of 'RU' holds only with a given outcome of 'sanctions-eu': remove or change it in the YAML editor first.",
            Refused(FormEdits.RemoveIssue(istanbul, "sanctions-eu")));
    }

    [Fact]
    public void RemoveActor_OnIstanbul_ReadsBack()
    {
        var istanbul = ScenarioYaml.Read(Examples.Istanbul).Value!;

        var back = RoundTrip(Made(FormEdits.RemoveActor(istanbul, "TR")));

        Assert.Null(back.FindActor("TR"));
        Assert.Equal(istanbul.Actors.Length - 1, back.Actors.Length);
    }

    [Fact]
    public void RemoveLever_ThatAClaimIsMadeWith_IsRefused() =>
        Assert.Equal(
            "Claim 'doubts-leave-room' is made with lever 'short-warranty-doubts' pulled: change its 'with' in the YAML editor first.",
            Refused(FormEdits.RemoveLever(CarSale, "short-warranty-doubts")));

    [Fact]
    public void AddOption_IsWorth0_AndAcceptedOnlyByThoseWhoAcceptedEverything()
    {
        var result = FormEdits.AddOption(CarSale, "delivery", "drone", "Delivered by drone");
        var back = RoundTrip(Made(result));

        Assert.Equal(["pickup", "pickup-serviced", "delivered", "drone"], back.FindIssue("delivery")!.Options.Select(o => o.Id));
        Assert.Contains("drone", back.PositionOf("B")!.On("delivery")!.Acceptable);
        Assert.Equal(0, back.PositionOf("B")!.On("delivery")!.Values[^1]);
        Assert.Equal(["'B' and 'S' value 'drone' at 0 (the worst option) until you set their values in the Positions tab."], result.Notes.ToArray());

        var valued = RoundTrip(FormEdits.OptionValue(result.Scenario!, "B", "delivery", "drone", 0.7));
        Assert.Equal([0, 0.5, 1, 0.7], valued.PositionOf("B")!.On("delivery")!.Values.ToArray());
        Assert.Equal(1, FormEdits.OptionValue(result.Scenario!, "B", "delivery", "drone", 3).PositionOf("B")!.On("delivery")!.Values[^1]);

        var warranty = RoundTrip(Made(FormEdits.AddOption(CarSale, "warranty", "m36", null)));
        Assert.Equal(["m6", "m12", "m24"], warranty.PositionOf("B")!.On("warranty")!.Acceptable.ToArray());
        Assert.Equal("m36", warranty.FindIssue("warranty")!.Options[^1].Label);
    }

    [Fact]
    public void AddOption_ToANumericIssueOrWithATakenId_IsRefused()
    {
        Assert.Equal("'price' is not an issue with options.", Refused(FormEdits.AddOption(CarSale, "price", "x", null)));
        Assert.Equal("Another option of 'warranty' already has the id 'm6'. Give each option of 'warranty' its own id.", Refused(FormEdits.AddOption(CarSale, "warranty", "m6", null)));
    }

    [Fact]
    public void RenameOption_RenamesItEverywhereItIsNamed()
    {
        var back = RoundTrip(Made(FormEdits.RenameOption(CarSale, "warranty", "m6", "six-months")));

        Assert.Equal(["none", "six-months", "m12", "m24"], back.FindIssue("warranty")!.Options.Select(o => o.Id));
        Assert.Equal("six-months", back.PositionOf("S")!.On("warranty")!.Preferred);
        Assert.Contains("six-months", back.PositionOf("B")!.On("warranty")!.Acceptable);
        Assert.Equal("six-months", back.Proposals.Single(p => p.Id == "advert").Terms.Single(t => t.IssueId == "warranty").OptionId);
        Assert.Equal(new AcceptanceChange("B", "warranty", "six-months", false), back.FindLever("short-warranty-doubts")!.Effects.Single());

        var sq = RoundTrip(Made(FormEdits.RenameOption(CarSale, "warranty", "none", "as-seen")));
        Assert.Equal("as-seen", sq.FindIssue("warranty")!.StatusQuo);
    }

    [Fact]
    public void RenameOption_ThatAClaimsTestNames_IsRefused()
    {
        Assert.Equal(
            "Claim 'warranty-gain' tests option 'm6' of 'warranty': change its test in the YAML editor first.",
            Refused(FormEdits.RenameOption(WithGainClaim, "warranty", "m6", "six-months")));
        Assert.Equal("Another option of 'warranty' already has the id 'm12'. Give each option of 'warranty' its own id.", Refused(FormEdits.RenameOption(CarSale, "warranty", "m6", "m12")));
    }

    [Fact]
    public void RemoveOption_LeavesEveryStandWithoutIt()
    {
        var back = RoundTrip(Made(FormEdits.RemoveOption(CarSale, "tyres", "used-set")));

        Assert.Equal(["none", "new-set"], back.FindIssue("tyres")!.Options.Select(o => o.Id));
        Assert.Equal(["none"], back.PositionOf("S")!.On("tyres")!.Acceptable.ToArray());
        Assert.Equal(2, back.PositionOf("B")!.On("tyres")!.Values.Length);
    }

    [Theory]
    [InlineData("warranty", "none", "'none' is the status quo of 'warranty': choose another status quo (or none) first.")]
    [InlineData("warranty", "m24", "'B' prefers 'm24' on 'warranty': change that stand in the Positions tab first.")]
    [InlineData("tyres", "new-set", "'B' prefers 'new-set' on 'tyres': change that stand in the Positions tab first.")]
    public void RemoveOption_ThatIsStillUsed_IsRefused_NamingTheUse(string issue, string option, string sentence) =>
        Assert.Equal(sentence, Refused(FormEdits.RemoveOption(CarSale, issue, option)));

    [Fact]
    public void RemoveOption_ThatAProposalProposesOrAClaimNames_IsRefused()
    {
        var s = FormEdits.Stand(CarSale, "B", "delivery", "pickup-serviced", ["pickup", "pickup-serviced", "delivered"]);
        Assert.Equal(
            "Proposal 'buyer-offer' proposes 'delivered' for 'delivery': a proposal is what was put forward, so change it in the YAML editor first.",
            Refused(FormEdits.RemoveOption(s, "delivery", "delivered")));

        var g = FormEdits.Stand(WithGainClaim, "DA", "warranty", "m6", ["none", "m6"]);
        Assert.Equal("Claim 'warranty-gain' tests option 'm12' of 'warranty': change its test in the YAML editor first.", Refused(FormEdits.RemoveOption(g, "warranty", "m12")));
    }

    [Fact]
    public void RemoveOption_ALeverEffectOnItGoes_TheLeversOtherEffectsStay()
    {
        var s = Made(FormEdits.AddOption(CarSale, "warranty", "m36", null));
        s = Made(FormEdits.AddEffect(s, "fund-extended", EffectDraft.Empty with { Kind = EffectKind.Accept, Actor = "DA", Issue = "warranty", Option = "m36" }));
        var result = FormEdits.RemoveOption(s, "warranty", "m36");
        var back = RoundTrip(Made(result));

        Assert.Equal(["DA accepts m24 on warranty", "capability of DA = 0.3"], back.FindLever("fund-extended")!.Effects.Select(e => e.Describe()).ToArray());
        Assert.Equal(["Lever 'fund-extended' no longer has the effect DA accepts m36 on warranty."], result.Notes.ToArray());
        Assert.Null(ScenarioEquivalence.FirstDifference(FormEdits.NormaliseWeights(CarSale), back));
    }

    [Fact]
    public void RemoveActor_ThatProposedOrPullsALever_IsRefused()
    {
        Assert.Equal("'CM' put forward proposal 'guide-price': remove or reattribute it in the YAML editor first.", Refused(FormEdits.RemoveActor(CarSale, "CM")));
        Assert.Equal("'DA' pulls levers 'fund-extended' and 'association-minimum-warranty': remove them in the Levers tab first.", Refused(FormEdits.RemoveActor(CarSale, "DA")));
    }

    [Fact]
    public void RemoveActor_TakesItsPositionAndConsentWithIt()
    {
        var s = Made(FormEdits.RemoveLever(CarSale, "fund-extended"));
        s = Made(FormEdits.RemoveLever(s, "association-minimum-warranty"));
        var result = FormEdits.RemoveActor(s, "DA");
        var back = RoundTrip(Made(result));

        Assert.Null(back.FindActor("DA"));
        Assert.Null(back.PositionOf("DA"));
        Assert.Equal(["B", "S"], back.FindIssue("warranty")!.ConsentBy.ToArray());
        Assert.Equal(["The position of 'DA' was removed with it.", "'warranty' no longer needs 'DA''s consent."], result.Notes.ToArray());
    }

    [Fact]
    public void RemoveActor_WhoseConsentAloneSettlesAnIssue_IsRefused()
    {
        var s = ScenarioYaml.Read(Examples.CarSale.Replace("consent: [B, S, DA]", "consent: [DA]", StringComparison.Ordinal)).Value!;
        s = Made(FormEdits.RemoveLever(Made(FormEdits.RemoveLever(s, "fund-extended")), "association-minimum-warranty"));

        Assert.Equal(
            "Only 'DA''s consent settles 'warranty'; without it every party's consent would be needed. Change the consent in the YAML editor first.",
            Refused(FormEdits.RemoveActor(s, "DA")));
    }

    [Fact]
    public void AddActor_ThenAStand_ThenRemoveActor_RoundTrips()
    {
        var s = Made(FormEdits.AddActor(CarSale, "BANK", "Bank", ActorRole.Backer));
        var withStand = FormEdits.AddStand(s, "BANK", "price");
        s = Made(withStand);
        var back = RoundTrip(s);

        var stand = back.PositionOf("BANK")!.On("price")!;
        Assert.Equal((10000.0, 8000.0, 12000.0, 1.0), (stand.PreferredValue!.Value, stand.AcceptableRange!.Min, stand.AcceptableRange.Max, stand.Weight.Value));
        Assert.Equal(["'BANK' had no position: it now has one, walking away at 0 (set it in the Positions tab)."], withStand.Notes.ToArray());

        var discrete = RoundTrip(Made(FormEdits.AddStand(s, "BANK", "warranty")));
        Assert.Equal([1, 2 / 3.0, 1 / 3.0, 0], discrete.PositionOf("BANK")!.On("warranty")!.Values.ToArray(), (x, y) => Math.Abs(x - y) < 1e-9);

        var removed = RoundTrip(Made(FormEdits.RemoveActor(s, "BANK")));
        Assert.Null(ScenarioEquivalence.FirstDifference(FormEdits.NormaliseWeights(CarSale), removed));
        Assert.Equal("Another actor already has the id 'B'. Give each actor its own id.", Refused(FormEdits.AddActor(CarSale, "B", "x", ActorRole.Party)));
    }

    [Fact]
    public void RemoveStand_ThatALeverChanges_IsRefused_OtherwiseTheWeightsAreSharedOut()
    {
        Assert.Equal(
            "Lever 'short-warranty-doubts' changes 'B''s stand on 'warranty': change its effects in the Levers tab first.",
            Refused(FormEdits.RemoveStand(CarSale, "B", "warranty")));

        var back = RoundTrip(Made(FormEdits.RemoveStand(CarSale, "B", "tyres")));
        Assert.Null(back.PositionOf("B")!.On("tyres"));
        Assert.Equal(0.5 / 0.85, back.PositionOf("B")!.On("price")!.Weight.Value, 12);
    }

    [Fact]
    public void RemoveStand_LeavingOnlyWeightsOf0_IsRefused()
    {
        var s = FormEdits.Weight(FormEdits.Weight(FormEdits.Weight(CarSale, "B", "price", 0), "B", "warranty", 0), "B", "delivery", 0);

        Assert.Equal(
            "Every issue left to 'B' would weigh 0, so nothing would matter to it: give another issue a weight first (Positions tab).",
            Refused(FormEdits.RemoveStand(s, "B", "tyres")));
    }

    [Fact]
    public void LeverEffects_AddChangeRemove_RoundTrip()
    {
        var draft = EffectDraft.Empty with { Kind = EffectKind.Capability, Actor = "B", Mode = ChangeMode.Add, Amount = 0.1 };
        var s = Made(FormEdits.AddEffect(CarSale, "buyer-finds-alternative", draft));
        Assert.Equal(new CapabilityChange("B", new ValueChange(ChangeMode.Add, 0.1)), RoundTrip(s).FindLever("buyer-finds-alternative")!.Effects[^1]);

        s = Made(FormEdits.ChangeEffect(s, "buyer-finds-alternative", 0, EffectDraft.Empty with { Kind = EffectKind.WalkAway, Actor = "B", Mode = ChangeMode.Set, Amount = 0.5 }));
        s = Made(FormEdits.AddEffect(s, "buyer-finds-alternative", EffectDraft.Empty with { Kind = EffectKind.Accept, Actor = "B", Issue = "price", Max = 11000 }));
        s = Made(FormEdits.AddEffect(s, "buyer-finds-alternative", EffectDraft.Empty with { Kind = EffectKind.ImposeOption, Issue = "tyres", Option = "used-set" }));
        s = Made(FormEdits.RemoveEffect(s, "buyer-finds-alternative", 1));
        var back = RoundTrip(s);

        Assert.Equal(
            ["walk-away of B = 0.5", "capability of B +0.1", "B accepts price up to 11000", "option used-set of tyres imposed"],
            back.FindLever("buyer-finds-alternative")!.Effects.Select(e => e.Describe()));
    }

    [Fact]
    public void LeverEffects_ThatCannotApplyOrAreIncomplete_AreRefused()
    {
        Assert.Equal("A value set is a number from 0 to 1.", Refused(FormEdits.AddEffect(CarSale, "buyer-finds-alternative", EffectDraft.Empty with { Kind = EffectKind.WalkAway, Actor = "B", Mode = ChangeMode.Set, Amount = 1.5 })));
        Assert.Equal("Choose the actor the effect changes.", Refused(FormEdits.AddEffect(CarSale, "buyer-finds-alternative", EffectDraft.Empty)));
        Assert.Equal("Choose one of the options of 'tyres'.", Refused(FormEdits.AddEffect(CarSale, "buyer-finds-alternative", EffectDraft.Empty with { Kind = EffectKind.RemoveOption, Issue = "tyres", Option = "winter" })));
        Assert.Equal("Issue 'price' is numeric and has no options to remove or impose.", Refused(FormEdits.AddEffect(CarSale, "buyer-finds-alternative", EffectDraft.Empty with { Kind = EffectKind.RemoveOption, Issue = "price" })));
        Assert.Equal("The min 11000 is above the max 9000: no number lies between them. Swap them.", Refused(FormEdits.AddEffect(CarSale, "buyer-finds-alternative", EffectDraft.Empty with { Kind = EffectKind.Reject, Actor = "B", Issue = "price", Min = 11000, Max = 9000 })));
        Assert.Equal("The scenario has no conflict (stability lens), so there is no conflict option to fix or forbid.", Refused(FormEdits.AddEffect(CarSale, "buyer-finds-alternative", EffectDraft.Empty with { Kind = EffectKind.FixOption, Option = "x" })));
        Assert.StartsWith("Lever 'buyer-finds-alternative' could not apply with this effect: ", Refused(FormEdits.AddEffect(CarSale, "buyer-finds-alternative", EffectDraft.Empty with { Kind = EffectKind.WalkAway, Actor = "B", Mode = ChangeMode.Add, Amount = 0.8 })), StringComparison.Ordinal);
        Assert.Equal("'impose-option' is the only effect of lever 'no-driving-licence'; a lever changes at least one thing. Remove the lever instead.".Replace("'impose-option'", "'option delivered of delivery imposed'", StringComparison.Ordinal), Refused(FormEdits.RemoveEffect(CarSale, "no-driving-licence", 0)));

        var contradiction = FormEdits.AddEffect(
            Made(FormEdits.AddEffect(CarSale, "buyer-finds-alternative", EffectDraft.Empty with { Kind = EffectKind.Reject, Actor = "B", Issue = "price", Max = 10000 })),
            "buyer-finds-alternative",
            EffectDraft.Empty with { Kind = EffectKind.Accept, Actor = "B", Issue = "price", Max = 10500 });
        Assert.Equal("The lever would contradict itself: 'B accepts price up to 10500' and 'B no longer accepts price above 10000'. Keep one of them.", Refused(contradiction));
    }

    [Fact]
    public void EffectDraft_FromEveryEffectOfTheBundledCarSale_BuildsTheSameEffect()
    {
        var s = CarSale;
        foreach (var effect in s.Levers.SelectMany(l => l.Effects))
        {
            var (built, problem) = EffectDraft.From(effect)!.Build(s);
            Assert.Null(problem);
            Assert.Equal(effect, built);
        }
    }
}
