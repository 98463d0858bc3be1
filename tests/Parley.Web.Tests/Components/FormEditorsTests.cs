using AngleSharp.Dom;
using Bunit;
using MudBlazor.Services;
using Parley.Core.Model;
using Parley.Web.Components.Forms;
using Parley.Web.Forms;
using Parley.Web.Scenarios;
using Parley.Web.Tests.Hosting;

namespace Parley.Web.Tests.Components;

/// <summary>
/// The form's structural controls: each button and input makes its edit on the page's scenario (here a stand-in
/// that applies it to the car sale), keeps the user's input when the edit is refused, and shows nothing to click
/// to a viewer.
/// </summary>
public sealed class FormEditorsTests : IAsyncLifetime
{
    private readonly BunitContext context = new();
    private Scenario current = ScenarioYaml.Read(Examples.CarSale).Value!;
    private FormEditResult? last;

    public FormEditorsTests()
    {
        context.Services.AddMudServices();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
    }

    // What the page does with a structural edit: apply it to its scenario, or keep the refusal.
    private FormEditResult Apply(Func<Scenario, FormEditResult> edit)
    {
        last = edit(current);
        current = last.Scenario ?? current;
        return last;
    }

    private static IElement Input(IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> cut, string testId)
    {
        var element = cut.Find($"[data-testid='{testId}']");
        return element.TagName == "INPUT" ? element : element.QuerySelector("input")!;
    }

    private IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> Options(string issueId, bool canEdit = true) =>
        context.Render<IssueOptionsEditor>(p => p
            .Add(x => x.Issue, current.FindIssue(issueId)!)
            .Add(x => x.CanEdit, canEdit)
            .Add(x => x.Apply, Apply)
            .Add(x => x.OnValueEdit, (Func<Scenario, Scenario> e) => current = e(current)));

    [Fact]
    public void RemoveOption_Button_RemovesIt()
    {
        var cut = Options("tyres");

        cut.Find("[data-testid='remove-option-tyres-used-set']").Click();

        Assert.Equal(["none", "new-set"], current.FindIssue("tyres")!.Options.Select(o => o.Id).ToArray());
    }

    [Fact]
    public void RemoveOption_OfTheStatusQuo_IsRefusedWithTheSentence()
    {
        var before = current;
        var cut = Options("warranty");

        cut.Find("[data-testid='remove-option-warranty-none']").Click();

        Assert.Equal("'none' is the status quo of 'warranty': choose another status quo (or none) first.", last!.Refusal);
        Assert.Same(before, current);
    }

    [Fact]
    public void AddOption_TakesTheTypedIdAndLabel_AndClearsThemOnlyWhenMade()
    {
        var cut = Options("tyres");

        Input(cut, "new-option-id-tyres").Change("new-set");
        cut.Find("[data-testid='add-option-tyres']").Click();
        Assert.StartsWith("Another option of 'tyres' already has the id 'new-set'.", last!.Refusal, StringComparison.Ordinal);
        Assert.Equal("new-set", Input(cut, "new-option-id-tyres").GetAttribute("value"));

        Input(cut, "new-option-id-tyres").Change("chains");
        Input(cut, "new-option-label-tyres").Change("Snow chains");
        cut.Find("[data-testid='add-option-tyres']").Click();

        Assert.Equal(new IssueOption("chains", "Snow chains", null), current.FindIssue("tyres")!.Options[^1]);
        Assert.True(string.IsNullOrEmpty(Input(cut, "new-option-id-tyres").GetAttribute("value")));
    }

    [Fact]
    public void OptionId_Changed_RenamesTheOptionEverywhere()
    {
        var cut = Options("warranty");

        Input(cut, "option-id-warranty-m6").Change("m12");
        Assert.StartsWith("Another option of 'warranty' already has the id 'm12'.", last!.Refusal, StringComparison.Ordinal);
        Assert.Equal("m6", Input(cut, "option-id-warranty-m6").GetAttribute("value"));

        Input(cut, "option-id-warranty-m6").Change("six-months");

        Assert.Equal("six-months", current.PositionOf("S")!.On("warranty")!.Preferred);
    }

    [Fact]
    public void RemoveIssue_Button_SaysWhichLeverStillNeedsIt()
    {
        var cut = Options("warranty");

        cut.Find("[data-testid='remove-issue-warranty']").Click();

        Assert.StartsWith("Lever 'association-minimum-warranty' changes nothing but issue 'warranty'", last!.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void ForAViewer_NoButtonAndNoNewOption()
    {
        Assert.NotEmpty(Options("warranty").FindAll("[data-testid^='remove-']"));
        var cut = Options("warranty", canEdit: false);

        Assert.Empty(cut.FindAll("[data-testid^='remove-']"));
        Assert.Empty(cut.FindAll("[data-testid='new-option-id-warranty']"));
    }

    [Fact]
    public void NewIssue_WithOptions_IsAdded()
    {
        var cut = context.Render<NewIssueEditor>(p => p.Add(x => x.Scenario, current).Add(x => x.Apply, Apply));

        Input(cut, "new-issue-id").Change("mats");
        Input(cut, "new-issue-name").Change("Floor mats");
        Input(cut, "new-issue-options").Change("none, rubber");
        cut.Find("[data-testid='add-issue']").Click();

        var issue = current.FindIssue("mats")!;
        Assert.Equal(("Floor mats", "deal"), (issue.Name, issue.Track));
        Assert.Equal(["none", "rubber"], issue.Options.Select(o => o.Id).ToArray());
    }

    [Fact]
    public void NewIssue_WithATakenId_IsRefused()
    {
        var cut = context.Render<NewIssueEditor>(p => p.Add(x => x.Scenario, current).Add(x => x.Apply, Apply));

        Input(cut, "new-issue-id").Change("price");
        Input(cut, "new-issue-options").Change("a, b");
        cut.Find("[data-testid='add-issue']").Click();

        Assert.Equal("Another issue already has the id 'price'. Give each issue its own id.", last!.Refusal);
        Assert.Equal("price", Input(cut, "new-issue-id").GetAttribute("value"));
    }

    private IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> Effects(string leverId) =>
        context.Render<LeverEffectsEditor>(p => p
            .Add(x => x.Scenario, current)
            .Add(x => x.Lever, current.FindLever(leverId)!)
            .Add(x => x.CanEdit, true)
            .Add(x => x.Apply, Apply));

    [Fact]
    public void Effects_AreListedInWords_AndRemovable()
    {
        var cut = Effects("buyer-finds-alternative");

        Assert.Equal(["walk-away of B +0.15", "weight of price for B = 0.6"], cut.FindAll("[data-testid^='effect-buyer-finds-alternative-'] td:nth-child(2)").Select(td => td.TextContent).ToArray());
        cut.Find("[data-testid='remove-effect-buyer-finds-alternative-1']").Click();

        Assert.Equal(["walk-away of B +0.15"], current.FindLever("buyer-finds-alternative")!.Effects.Select(e => e.Describe()).ToArray());
    }

    [Fact]
    public void Effect_EditedThroughItsTypedInputs_IsChanged()
    {
        var cut = Effects("buyer-finds-alternative");

        cut.Find("[data-testid='edit-effect-buyer-finds-alternative-0']").Click();
        Assert.Equal("Change effect 1", cut.Find("[data-testid='effect-save-buyer-finds-alternative']").TextContent.Trim());
        Input(cut, "effect-amount-buyer-finds-alternative").Change("0.2");
        cut.Find("[data-testid='effect-save-buyer-finds-alternative']").Click();

        Assert.Equal(new WalkAwayChange("B", new ValueChange(ChangeMode.Add, 0.2)), current.FindLever("buyer-finds-alternative")!.Effects[0]);
    }

    [Fact]
    public void Effect_Incomplete_IsRefused_AndTheOnlyEffectCannotBeRemoved()
    {
        var cut = Effects("no-driving-licence");

        cut.Find("[data-testid='effect-save-no-driving-licence']").Click();
        Assert.Equal("Choose the actor the effect changes.", last!.Refusal);

        cut.Find("[data-testid='remove-effect-no-driving-licence-0']").Click();
        Assert.EndsWith("Remove the lever instead.", last!.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void StandAdder_WithNothingChosen_CannotAdd()
    {
        var cut = context.Render<StandAdder>(p => p.Add(x => x.Scenario, current).Add(x => x.Apply, Apply));

        Assert.True(cut.Find("[data-testid='add-stand-button']").HasAttribute("disabled"));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await context.DisposeAsync();
}
