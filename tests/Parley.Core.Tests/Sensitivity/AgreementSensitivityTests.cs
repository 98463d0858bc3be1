using CsCheck;
using Parley.Core.Agreement;
using Parley.Core.Model;
using Parley.Core.Sensitivity;
using Parley.Core.Tests.Model;

namespace Parley.Core.Tests.Sensitivity;

public class AgreementSensitivityTests
{
    [Theory]
    // track   deal exists at the point values
    [InlineData("t1", true)]
    [InlineData("t2", false)]
    public void ForTrack_TwoParties_WalkAwayFlipPointMatchesBruteForceThreshold(string track, bool open)
    {
        var scenario = ScenarioFactory.TwoParties();
        var problem = AgreementProblem.From(scenario, [track]);

        var sensitivity = AgreementSensitivity.ForTrack(scenario, track);

        Assert.Equal(open, sensitivity.Verdict);
        for (int a = 0; a < problem.ActorCount; a++)
        {
            double threshold = Threshold(problem, a);
            var flip = sensitivity.Flips.SingleOrDefault(f => f.Kind == FigureKind.WalkAway && f.Actor == problem.ActorIds[a]);
            if (double.IsNegativeInfinity(threshold))
            {
                Assert.Null(flip);
                continue;
            }

            Assert.NotNull(flip);
            Assert.True(flip.Exact);
            if (open)
            {
                // Raised just past the best package every other actor accepts, the space closes.
                Assert.InRange(flip.FlipsAt!.Value, threshold, threshold + VerdictSensitivity.Tolerance + 1e-9);
            }
            else
            {
                Assert.InRange(flip.FlipsAt!.Value, threshold - VerdictSensitivity.Tolerance - 1e-9, threshold + 1e-9);
            }
        }

        Assert.Equal(sensitivity.Flips.OrderBy(f => Math.Abs(f.Change)).Select(f => f.Change), sensitivity.Flips.Select(f => f.Change));
    }

    [Fact]
    public void Scan_RandomStepFunctions_FindsTheNearestFlipToTolerance()
    {
        Gen.Select(Gen.Double[0, 1], Gen.Double[0.05, 0.95], Gen.Bool).Sample((current, edge, above) =>
        {
            // Verdict true on one side of the edge, false on the other.
            bool Decide(double x) => above ? x < edge : x > edge;
            bool point = Decide(current);
            double? at = AgreementSensitivity.Scan(current, 0, 1, point, Decide);
            if (Math.Abs(current - edge) <= VerdictSensitivity.Tolerance)
            {
                return;
            }

            Assert.NotNull(at);
            Assert.NotEqual(point, Decide(at.Value));
            Assert.InRange(Math.Abs(at.Value - edge), 0, VerdictSensitivity.Tolerance + 1e-12);
        }, iter: 200);
    }

    [Fact]
    public void RobustnessOf_ExactFigures_EveryDrawAgrees()
    {
        var robustness = AgreementSensitivity.RobustnessOf(ScenarioFactory.TwoParties(), "t1", 20, 7, 1);

        Assert.Equal(1, robustness.Frequency);
        Assert.Equal(20, robustness.Draws);
        Assert.Equal(0, robustness.StandardError);
        Assert.Equal(RobustnessReading.Robust, robustness.Reading);
    }

    [Fact]
    public void RobustnessOf_UncertainWalkAway_IsDeterministicAndBetweenTheReadings()
    {
        var scenario = ScenarioFactory.TwoParties();
        var b = scenario.Positions.Single(p => p.ActorId == "B");
        // B's walk-away uniform on [0.3, 0.7]: t1's only package gives B 0.5, so about half the draws keep the deal.
        var uncertain = scenario.With(positions: scenario.Positions.Replace(b, b with { WalkAway = b.WalkAway with { Uncertainty = Distribution.Uniform(0.3, 0.7) } }));

        var first = AgreementSensitivity.RobustnessOf(uncertain, "t1", 400, 11, 1);
        var again = AgreementSensitivity.RobustnessOf(uncertain, "t1", 400, 11, 2);

        Assert.Equal(first, again);
        Assert.InRange(first.Frequency, 0.4, 0.6);
        Assert.Equal(RobustnessReading.Undecided, first.Reading);
        Assert.Equal(Math.Sqrt(first.Frequency * (1 - first.Frequency) / 400), first.StandardError, 12);
    }

    /// <summary>
    /// The walk-away at which actor a's verdict flips: the best value for a among packages every other actor
    /// accepts and inside a's red lines (−∞ when there is none), by enumeration.
    /// </summary>
    internal static double Threshold(AgreementProblem problem, int a)
    {
        double best = double.NegativeInfinity;
        var package = new int[problem.IssueCount];
        while (true)
        {
            bool others = Enumerable.Range(0, problem.ActorCount).All(o => o == a || problem.IsAcceptable(o, package));
            if (others && problem.WithinRedLines(a, package))
            {
                best = Math.Max(best, problem.Utilities[a].Of(package));
            }

            int i = 0;
            while (i < package.Length && ++package[i] == problem.Space.Cardinalities[i])
            {
                package[i++] = 0;
            }

            if (i == package.Length)
            {
                return best;
            }
        }
    }
}
