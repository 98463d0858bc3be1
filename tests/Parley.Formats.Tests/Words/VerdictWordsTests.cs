using Parley.Core.Sensitivity;
using Parley.Formats.Words;

namespace Parley.Formats.Tests.Words;

public class VerdictWordsTests
{
    [Theory]
    // verdict          share  reading
    [InlineData("supported", 0.48, "supported in 48 % of draws: undecided")]
    [InlineData("refuted", 0.48, "supported in 48 % of draws: undecided")]
    [InlineData("supported", 0.95, "supported")]
    [InlineData("refuted", 0.05, "refuted")]
    [InlineData("refuted", 0.95, "supported in 95 % of draws: supported, though refuted at the point values")]
    [InlineData("supported", 0.1, "supported in 10 % of draws: refuted, though supported at the point values")]
    [InlineData("not decidable", 0.5, "not decidable")]
    public void Claim_ReadsTheShareOfDrawsByTheDocumentedThresholds(string verdict, double share, string expected) =>
        Assert.Equal(expected, VerdictWords.Claim(verdict, share));

    [Fact]
    public void Claim_WithoutDraws_IsThePointVerdict()
    {
        Assert.Equal("supported", VerdictWords.Claim("supported", null));
        Assert.Equal("yes", VerdictWords.ClaimClass("supported", null));
        Assert.Equal("unknown", VerdictWords.ClaimClass("supported", 0.5));
    }

    [Fact]
    public void Flip_SaysWhichFigureMovesWhichWayAndWhetherItIsAnAssumption()
    {
        var flip = new FigureFlip(FigureKind.WalkAway, "UA", null, null, 0.4, 0.59, 0.19, true, true);

        Assert.Equal("flips if UA's walk-away rises from 0.4 to 0.59 — an assumption", VerdictWords.Flip(flip));
        Assert.Equal("no single one of the 6 figures probed flips it", VerdictWords.Sensitivity(new VerdictSensitivity(false, 6, [])));
    }
}
