using System.Collections.Immutable;
using System.Globalization;
using Parley.Core.Agreement;
using Parley.Core.Model;
using Parley.Core.Session;
using Parley.Core.Variants;

namespace Parley.Core.Analysis;

/// <summary>Runs the agreement lens on every track of a derived scenario and shapes it for the result.</summary>
internal static class AgreementLens
{
    // The frontier is drawn in the report; past this many packages a track's frontier is left out
    // (the verdict, which is exact whatever the size, is kept).
    private const double MaxFrontierOutcomes = 5_000_000;

    public static ImmutableArray<TrackAgreement> Run(LensSession session, VariantKey key)
    {
        var scenario = session.Variant(key).Scenario!;
        var options = new AgreementOptions { MaxPackagesPerPoint = 1 };
        var tracks = ImmutableArray.CreateBuilder<TrackAgreement>();
        foreach (var track in scenario.Tracks)
        {
            var lens = session.Agreement(key, track)!;
            tracks.Add(Shape(scenario, track, lens.Problem, lens.Analysis!, options));
        }

        return tracks.ToImmutable();
    }

    public static ImmutableArray<ProposalOutcome> Proposals(LensSession session, VariantKey key)
    {
        var builder = ImmutableArray.CreateBuilder<ProposalOutcome>();
        foreach (var a in session.Proposals(key))
        {
            builder.Add(new ProposalOutcome(
                a.ProposalId,
                a.Name,
                a.ProposedBy,
                a.AcceptedByAll,
                [.. a.Responses.Select(r => r.Reason)],
                a.Nearest?.Package.Describe()));
        }

        return builder.ToImmutable();
    }

    private static TrackAgreement Shape(Scenario scenario, string track, AgreementProblem problem, AgreementResult result, AgreementOptions options)
    {
        var matrix = ImmutableArray.CreateBuilder<CommonGroundCell>();
        for (int i = 0; i < problem.IssueCount; i++)
        {
            var names = problem.Space.OptionNames[i];
            for (int a = 0; a < problem.ActorCount; a++)
            {
                var accepted = ImmutableArray.CreateBuilder<string>();
                for (int o = 0; o < names.Length; o++)
                {
                    if (problem.IsAllowed(a, i, o))
                    {
                        accepted.Add(names[o]);
                    }
                }

                matrix.Add(new CommonGroundCell(problem.IssueIds[i], problem.ActorIds[a], problem.NeedsConsent(a, i), accepted.ToImmutable(), names.Length));
            }
        }

        var blocking = ImmutableArray<BlockingDemands>.Empty;
        if (result.Blocking is { } b)
        {
            blocking = [.. b.Sets.Select(set => new BlockingDemands(
                [.. set.Demands.Select(d => d.Describe())],
                set.Opens.Describe(),
                [.. set.Demands.SelectMany(d => d.Sources).Distinct()]))];
        }

        var walkAways = problem.Utilities.Select(u => u.ReservationValue).ToImmutableArray();
        var frontierPoints = ImmutableArray<UtilityPoint>.Empty;
        var solutions = ImmutableArray<UtilityPoint>.Empty;
        if (result.Verdict != AgreementVerdict.NoPositions && (double)result.Outcomes <= MaxFrontierOutcomes)
        {
            // The agreement lens computes the frontier only when a deal exists; the report also shows
            // where the packages inside the red lines lie when walk-away values rule them all out.
            var frontier = result.Frontier ?? ParetoFrontier.Of(problem, 1);
            frontierPoints = [.. frontier.Points.Select(p => new UtilityPoint("frontier", p.Utilities, frontier.IsRational(p) && AcceptableToAll(problem, p), null))];
            if (result.Solutions is { } s)
            {
                solutions = [.. new[] { s.Nash, s.KalaiSmorodinsky, s.Egalitarian, s.Utilitarian }
                    .Where(x => x.Exists)
                    .Select(x => Point(problem, Name(x.Concept), x.Points[0]))];
            }
        }

        var proposals = ImmutableArray.CreateBuilder<UtilityPoint>();
        foreach (var proposal in scenario.Proposals)
        {
            var assessment = ProposalAssessment.Of(scenario, proposal, [track], options.NewBudget());
            if (assessment.Package is not { } package)
            {
                continue;
            }

            // Utilities on the track's actor axes; an actor the proposal's issues do not involve is scored at 0.
            var utilities = problem.ActorIds.Select(id =>
            {
                int k = package.ActorIds.IndexOf(id);
                return k < 0 ? 0.0 : package.Utilities[k];
            }).ToImmutableArray();
            proposals.Add(new UtilityPoint(proposal.Name, utilities, assessment.AcceptedByAll, package.Describe()));
        }

        return new TrackAgreement(
            track,
            result.Verdict,
            result.Explanation,
            problem.IssueIds,
            problem.ActorIds,
            result.Outcomes,
            result.Space.Size,
            result.CommonGround,
            matrix.ToImmutable(),
            blocking,
            result.Blocking?.IsComplete ?? true,
            walkAways,
            frontierPoints,
            solutions,
            proposals.ToImmutable(),
            result.Notes);
    }

    private static bool AcceptableToAll(AgreementProblem problem, FrontierPoint point) =>
        point.Packages.Length > 0 && problem.IsAcceptableToAll(point.Packages[0].AsSpan());

    private static UtilityPoint Point(AgreementProblem problem, string label, FrontierPoint point) =>
        new(label, point.Utilities, AcceptableToAll(problem, point), point.Packages.Length > 0 ? ScoredPackage.Of(problem, point.Packages[0].AsSpan()).Describe() : null);

    private static string Name(BargainingConcept concept) => concept switch
    {
        BargainingConcept.Nash => "Nash solution",
        BargainingConcept.KalaiSmorodinsky => "Kalai–Smorodinsky solution",
        BargainingConcept.Egalitarian => "Egalitarian solution",
        BargainingConcept.Utilitarian => "Utilitarian solution",
        _ => concept.ToString(),
    };
}
