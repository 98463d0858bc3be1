using CsCheck;
using Parley.Core.Agreement;
using Parley.Core.Tests.Model;

namespace Parley.Core.Tests.Agreement;

public class AgreementCounterfactualTests
{
    [Fact]
    public void WithoutActors_TwoParties_SpaceIsWhatTheRestAccept()
    {
        var problem = AgreementProblem.From(ScenarioFactory.TwoParties(), ["t2"]);
        Assert.True(AgreementSpace.Of(problem).IsEmpty);

        var withoutB = AgreementCounterfactual.WithoutActors(problem, ["B"]);

        Assert.Equal(["A"], withoutB.ActorIds.ToArray());
        Assert.True(BruteForce(withoutB));
        Assert.False(AgreementSpace.Of(withoutB).IsEmpty);
    }

    [Fact]
    public void WithWalkAway_Sweep_MatchesBruteForceAcceptance()
    {
        var problem = AgreementProblem.From(ScenarioFactory.TwoParties(), ["t1"]);
        Gen.Double[-0.5, 1.5].Sample(value =>
        {
            for (int a = 0; a < problem.ActorCount; a++)
            {
                var changed = AgreementCounterfactual.WithWalkAway(problem, a, value);
                Assert.Equal(value, changed.Utilities[a].ReservationValue);
                Assert.Equal(BruteForce(changed), !AgreementSpace.Of(changed).IsEmpty);
            }
        }, iter: 50);
    }

    private static bool BruteForce(AgreementProblem problem)
    {
        var package = new int[problem.IssueCount];
        while (true)
        {
            if (problem.IsAcceptableToAll(package))
            {
                return true;
            }

            int i = 0;
            while (i < package.Length && ++package[i] == problem.Space.Cardinalities[i])
            {
                package[i++] = 0;
            }

            if (i == package.Length)
            {
                return false;
            }
        }
    }
}
