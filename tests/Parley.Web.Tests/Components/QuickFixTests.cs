using Parley.Web.Components.Shared;

namespace Parley.Web.Tests.Components;

public sealed class QuickFixTests
{
    [Theory]
    [InlineData("Unknown actor 'Bx'. Did you mean 'B'? Known actors: B, S.", "B")]
    [InlineData("Unknown key 'walkaway'. Did you mean 'walk-away'?", "walk-away")]
    [InlineData("This is not valid YAML.", null)]
    public void Suggestion_ReadsTheDidYouMean(string message, string? expected) =>
        Assert.Equal(expected, QuickFix.Suggestion(message));

    [Fact]
    public void Apply_ReplacesTheWordAtTheDiagnosticsPosition()
    {
        string yaml = "levers:\n  - id: a\n    by: Bx\n    name: x\n";
        Assert.Equal("levers:\n  - id: a\n    by: B\n    name: x\n", QuickFix.Apply(yaml, 3, 9, "B"));
    }

    [Fact]
    public void Apply_OutsideTheText_ChangesNothing() =>
        Assert.Equal("a: b", QuickFix.Apply("a: b", 7, 1, "c"));
}

public sealed class LineDiffTests
{
    [Fact]
    public void Of_MarksAddedAndRemovedLines_AndKeepsTheRest()
    {
        var diff = LineDiff.Of("a\nb\nc", "a\nc\nd");
        Assert.Equal(
            [(DiffKind.Kept, "a"), (DiffKind.Removed, "b"), (DiffKind.Kept, "c"), (DiffKind.Added, "d")],
            diff.Select(l => (l.Kind, l.Text)));
    }
}
