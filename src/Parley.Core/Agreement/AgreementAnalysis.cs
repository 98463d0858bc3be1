using System.Collections.Immutable;
using System.Globalization;
using Parley.Core.Model;

namespace Parley.Core.Agreement;

/// <summary>
/// The agreement lens: is there a package every party with a veto could accept; if not, which demands
/// block it and where common ground remains; if so, which packages are efficient and fair; and how each
/// proposal fares. Levers are applied first; every answer carries its reasons. Deterministic for a given
/// scenario and options (unless a wall-clock <see cref="AgreementOptions.TimeBudget"/> cuts a search short,
/// which the result then says).
/// </summary>
public static class AgreementAnalysis
{
    /// <summary>Runs the lens on one problem (a set of tracks, or an imported domain).</summary>
    public static AgreementResult Analyse(AgreementProblem problem, AgreementOptions options)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
        var ground = CommonGround.Of(problem);
        var space = AgreementSpace.Of(problem, options.MaxCountStates);
        bool noPositions = problem.ActorCount == 0
            || (problem.Tracks.Length > 0 && problem.TracksWithoutPositions.Length == problem.Tracks.Length);
        string actors = problem.ActorCount == 0 ? "nobody" : string.Join(", ", problem.ActorIds);
        var outcomes = problem.Space.Size;

        if (noPositions)
        {
            string why = problem.ActorCount == 0
                ? "No actor's consent is needed on these issues (no party and no consentBy), so there is nothing to decide."
                : $"No consenting actor ({actors}) takes a position on these issues, so the scenario cannot say whether a deal exists: add their positions.";
            return new AgreementResult(problem.Tracks, problem.IssueIds, problem.Space.OptionNames, problem.ActorIds, outcomes, AgreementVerdict.NoPositions, why, space, ground, null, null, null, problem.Notes);
        }

        var text = new List<string>();
        BlockingSetResult? blocking = null;
        ParetoFrontier? frontier = null;
        AgreementSolutions? solutions = null;
        if (space.IsEmpty)
        {
            blocking = BlockingSetSearch.Find(problem, options.NewBudget(), options.MaxBlockingSets, options.BlockingSetEnumerationWork);
            text.Add($"No agreement: none of the {outcomes} packages is acceptable to every consenting actor ({actors}).");
            var noGround = ground.Where(g => !g.HasCommonGround).ToList();
            foreach (var g in noGround)
            {
                text.Add($"On {g.IssueId}: {g.Reason}");
            }

            if (blocking.Sets.Length > 0)
            {
                var first = blocking.Sets[0];
                text.Add(first.Size == 1
                    ? $"The smallest blocking set is one demand, {first.Demands[0].Describe()}; relaxing it alone makes {first.Opens.Describe()} acceptable to all."
                    : $"The smallest blocking set has {first.Size} demands (relaxing fewer cannot open any deal): {string.Join("; ", first.Demands.Select(d => d.Describe()))}; relaxing them makes {first.Opens.Describe()} acceptable to all.");
                text.Add(blocking.IsComplete
                    ? $"{blocking.Sets.Length} minimal blocking set(s) in all."
                    : $"{blocking.Sets.Length} minimal blocking set(s) found; {blocking.Note}");
            }

            var withGround = ground.Where(g => g.HasCommonGround && g.ConsentingActors.Length > 0).Select(g => $"{g.IssueId} ({string.Join(", ", g.Options)})").ToList();
            text.Add(withGround.Count > 0
                ? $"Common ground remains on {string.Join("; ", withGround)}."
                : "No issue has common ground.");
        }
        else
        {
            text.Add($"Agreement possible: {Describe(space.Size)} of the {outcomes} packages are acceptable to every consenting actor ({actors}); for example {space.Example!.Describe()}.");
            if (options.IncludeFrontier)
            {
                frontier = ParetoFrontier.Of(problem, options.MaxPackagesPerPoint);
                solutions = AgreementSolutions.Of(frontier);
                text.Add($"The Pareto frontier of the agreement space has {frontier.RationalPoints.Length} point(s).");
                if (solutions.Nash.Exists)
                {
                    var nash = solutions.Nash.Points[0];
                    text.Add($"Nash solution: {DescribePoint(problem, nash)}.");
                }
            }
        }

        return new AgreementResult(
            problem.Tracks,
            problem.IssueIds,
            problem.Space.OptionNames,
            problem.ActorIds,
            outcomes,
            space.IsEmpty ? AgreementVerdict.NoAgreement : AgreementVerdict.AgreementPossible,
            string.Join(" ", text),
            space,
            ground,
            blocking,
            frontier,
            solutions,
            problem.Notes);
    }

    private static string Describe(SpaceSize size) => size.IsExact
        ? size.Lower.ToString(CultureInfo.InvariantCulture)
        : $"between {size.Lower} and {size.Upper} (bounds)";

    private static string DescribePoint(AgreementProblem problem, FrontierPoint point)
    {
        var package = ScoredPackage.Of(problem, point.Packages[0].AsSpan());
        var utilities = string.Join(", ", problem.ActorIds.Select((id, a) => $"{id} {point.Utilities[a].ToString("0.###", CultureInfo.InvariantCulture)}"));
        return $"{package.Describe()} ({utilities})";
    }
}
