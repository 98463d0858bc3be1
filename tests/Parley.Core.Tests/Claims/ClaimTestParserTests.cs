using CsCheck;
using Parley.Core.Claims;

namespace Parley.Core.Tests.Claims;

public sealed class ClaimTestParserTests
{
    [Theory]
    // test                                                                      canonical form (fully parenthesised)
    [InlineData("agreement(track: a).empty", "agreement(track: a).empty")]
    [InlineData("agreement(track: a).empty == false", "agreement(track: a).empty == false")]
    // and binds tighter than or
    [InlineData("agreement(track: a).empty or agreement(track: b).empty and agreement(track: c).empty",
        "(agreement(track: a).empty or (agreement(track: b).empty and agreement(track: c).empty))")]
    [InlineData("agreement(track: a).empty and agreement(track: b).empty or agreement(track: c).empty",
        "((agreement(track: a).empty and agreement(track: b).empty) or agreement(track: c).empty)")]
    // parentheses override
    [InlineData("agreement(track: a).empty and (agreement(track: b).empty or agreement(track: c).empty)",
        "(agreement(track: a).empty and (agreement(track: b).empty or agreement(track: c).empty))")]
    // not binds looser than a comparison and tighter than and
    [InlineData("not forecast(issue: x).median <= 30 and agreement(track: a).empty",
        "(not forecast(issue: x).median <= 30 and agreement(track: a).empty)")]
    [InlineData("not not agreement(track: a).empty", "not not agreement(track: a).empty")]
    // or is left-associative
    [InlineData("agreement(track: a).empty or agreement(track: b).empty or agreement(track: c).empty",
        "((agreement(track: a).empty or agreement(track: b).empty) or agreement(track: c).empty)")]
    [InlineData("stability(state: status-quo, concept: seq-sim).stableFor(actor: UA)", "stability(state: status-quo, concept: seq-sim).stableFor(actor: UA)")]
    [InlineData("forecast(issue: \"odd id.1\").p10 > -2.5", "forecast(issue: odd id.1).p10 > -2.5")]
    [InlineData("window(track: main).openAt(6)", "window(track: main).openAt(t: 6)")]
    // end states: the lens's one argument may be bare
    [InlineData("endstate(capitulation-ua).probability < 0.1", "endstate(id: capitulation-ua).probability < 0.1")]
    [InlineData("endstate(id: deadlock).equilibrium(concept: gmr) and endstate(deadlock).reachable",
        "(endstate(id: deadlock).equilibrium(concept: gmr) and endstate(id: deadlock).reachable)")]
    [InlineData("  forecast(issue:x).probabilityInside(actor:'A') >= 0.5  ", "forecast(issue: x).probabilityInside(actor: A) >= 0.5")]
    public void Parse_ValidTest_GivesTheExpectedTree(string text, string canonical)
    {
        var result = ClaimTest.Parse(text);

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => $"{e.Offset}: {e.Message}")));
        Assert.Equal(canonical, result.Expression!.ToString());
    }

    [Theory]
    [InlineData("endstate(deadlock).likelihood < 0.1")] // unknown property
    [InlineData("endstate(deadlock).probability")] // a number is not a statement
    [InlineData("endstate(deadlock).equilibrium(concept: nashh)")] // unknown concept
    [InlineData("endstate().probability < 0.1")] // the id is required
    public void Parse_BadEndStateTest_IsInvalid(string text) => Assert.False(ClaimTest.Parse(text).IsValid);

    [Fact]
    public void Parse_Comparison_KeepsOffsetsAndTypes()
    {
        var result = ClaimTest.Parse("forecast(issue: territory).median <= 30");

        var comparison = Assert.IsType<ComparisonExpression>(result.Expression);
        var query = Assert.IsType<LensQuery>(comparison.Left);
        Assert.Equal(("forecast", "median", ClaimValueType.Number, 0, 33), (query.Lens, query.Property, query.Type, query.Offset, query.Length));
        Assert.Equal("territory", query.Argument("issue"));
        Assert.Null(query.Argument("model"));
        Assert.Equal(ComparisonOperator.LessOrEqual, comparison.Operator);
        var literal = Assert.IsType<LiteralExpression>(comparison.Right);
        Assert.Equal((30.0, 37), (literal.Value.Number, literal.Offset));
    }

    [Theory]
    // test                                                   offset  kind
    [InlineData("", 0, ClaimTestErrorKind.Syntax)]
    [InlineData("agreement(track: a).empty ==", 28, ClaimTestErrorKind.Syntax)]
    [InlineData("agreement(track: a).empty = true", 26, ClaimTestErrorKind.Syntax)]
    [InlineData("!agreement(track: a).empty", 0, ClaimTestErrorKind.Syntax)]
    [InlineData("agreement(track a).empty", 16, ClaimTestErrorKind.Syntax)]
    [InlineData("agreement(track: a)", 19, ClaimTestErrorKind.Syntax)]
    [InlineData("agreement(track: a).empty.size", 25, ClaimTestErrorKind.Syntax)]
    [InlineData("forecast(issue: x).median < 3 < 4", 30, ClaimTestErrorKind.Syntax)]
    [InlineData("(agreement(track: a).empty", 26, ClaimTestErrorKind.Syntax)]
    [InlineData("agreement(track: \"a).empty", 17, ClaimTestErrorKind.Syntax)]
    [InlineData("agreement(track: a).empty and", 29, ClaimTestErrorKind.Syntax)]
    [InlineData("agreement(track: a).empty agreement(track: b).empty", 26, ClaimTestErrorKind.Syntax)]
    [InlineData("forecast(issue: x).median <= 1.2.3", 29, ClaimTestErrorKind.Syntax)]
    [InlineData("agreemnt(track: a).empty", 0, ClaimTestErrorKind.UnknownLens)]
    [InlineData("agreement(track: a).emptty", 20, ClaimTestErrorKind.UnknownProperty)]
    [InlineData("agreement(track: a, trak: b).empty", 20, ClaimTestErrorKind.UnknownArgument)]
    [InlineData("agreement().empty", 0, ClaimTestErrorKind.UnknownArgument)]
    [InlineData("agreement(track: a, track: b).empty", 20, ClaimTestErrorKind.UnknownArgument)]
    [InlineData("stability(concept: nashh).stable", 19, ClaimTestErrorKind.BadValue)]
    [InlineData("forecast(issue: x, model: vote).value > 1", 26, ClaimTestErrorKind.BadValue)]
    [InlineData("window(track: a).openAt(t: soon)", 27, ClaimTestErrorKind.BadValue)]
    [InlineData("forecast(issue: x).median", 0, ClaimTestErrorKind.Type)]
    [InlineData("forecast(issue: x).median == true", 0, ClaimTestErrorKind.Type)]
    [InlineData("agreement(track: a).empty < true", 0, ClaimTestErrorKind.Type)]
    [InlineData("agreement(track: a).empty and 3", 30, ClaimTestErrorKind.Type)]
    [InlineData("not forecast(issue: x).mean", 4, ClaimTestErrorKind.Type)]
    public void Parse_BadTest_ReportsTheFirstErrorAtItsOffset(string text, int offset, ClaimTestErrorKind kind)
    {
        var result = ClaimTest.Parse(text);

        Assert.False(result.IsValid);
        Assert.Null(result.Expression);
        var first = result.Errors[0];
        Assert.Equal((offset, kind), (first.Offset, first.Kind));
        Assert.False(string.IsNullOrWhiteSpace(first.Message));
    }

    [Fact]
    public void Parse_SeveralVocabularyErrors_ReportsEachInTextOrder()
    {
        var result = ClaimTest.Parse("agreemnt(track: a).empty or forecast(issue: x, modl: mean).medain <= 3");

        Assert.Equal(
            [(0, ClaimTestErrorKind.UnknownLens), (47, ClaimTestErrorKind.UnknownArgument), (59, ClaimTestErrorKind.UnknownProperty)],
            result.Errors.Select(e => (e.Offset, e.Kind)));
    }

    [Fact]
    public void Parse_Misspelling_SuggestsTheNearestName()
    {
        var result = ClaimTest.Parse("stability(state: status-quo, concept: seq).stabel");

        Assert.Contains("Did you mean 'stable'?", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ArbitraryText_NeverThrows()
    {
        Gen.String["agrem(tck:.)=!<>\"' 0123456789-andornot"].Sample(text =>
        {
            var result = ClaimTest.Parse(text);
            Assert.Equal(result.IsValid, result.Errors.IsEmpty);
            Assert.All(result.Errors, e => Assert.InRange(e.Offset, 0, text.Length));
        });
    }
}
