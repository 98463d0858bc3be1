using Parley.Core.Agreement;
using Parley.Core.Claims;
using Parley.Core.Sensitivity;
using Parley.Core.Tests.Sensitivity;
using static Parley.Core.Tests.Claims.ClaimFixtures;

namespace Parley.Core.Tests.Claims;

/// <summary><c>agreement(track: T).margin</c>: how far the verdict is from flipping.</summary>
public sealed class ClaimMarginTests
{
    [Theory]
    [InlineData("t1")]
    [InlineData("t2")]
    public void Margin_IsTheNearestWalkAwayFlip_ByBruteForce(string track)
    {
        var scenario = TwoParties(Claim("c", $"agreement(track: {track}).margin >= 0"));
        var problem = AgreementProblem.From(scenario, [track]);

        // The oracle: each actor's threshold (the best it can get from a package the others accept, inside
        // its red lines) is where its walk-away value flips the verdict; the margin is the nearest of them.
        double expected = double.PositiveInfinity;
        for (int a = 0; a < problem.ActorCount; a++)
        {
            double threshold = AgreementSensitivityTests.Threshold(problem, a);
            if (!double.IsNegativeInfinity(threshold) && threshold >= 0 && threshold <= 1)
            {
                expected = Math.Min(expected, Math.Abs(threshold - problem.Utilities[a].ReservationValue));
            }
        }

        var result = Assert.Single(ClaimEvaluation.Evaluate(scenario).Claims);
        var observed = Assert.Single(result.Observed);
        if (double.IsPositiveInfinity(expected))
        {
            Assert.Null(observed.Value);
            Assert.Equal(ClaimVerdict.Undecidable, result.Verdict);
            return;
        }

        Assert.Equal(ClaimVerdict.Supported, result.Verdict);
        Assert.InRange(observed.Value!.Value.Number, expected - VerdictSensitivity.Tolerance - 1e-9, expected + VerdictSensitivity.Tolerance + 1e-9);
        Assert.Contains("walk-away value moves", observed.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Margin_WithWithout_IsUnknownWithTheReason()
    {
        var result = Assert.Single(ClaimEvaluation.Evaluate(TwoParties(Claim("c", "agreement(track: t1, without: B).margin > 0"))).Claims);

        Assert.Equal(ClaimVerdict.Undecidable, result.Verdict);
        Assert.Contains("whole track", Assert.Single(result.Observed).Missing, StringComparison.Ordinal);
    }
}
