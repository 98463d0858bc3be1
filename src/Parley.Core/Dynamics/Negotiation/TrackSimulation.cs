using Parley.Core.Model.Dynamics;
namespace Parley.Core.Dynamics;

/// <summary>A tournament on one track of a scenario, or why the track could not be simulated.</summary>
/// <param name="Track">The track.</param>
/// <param name="Negotiation">The negotiation built for it, or null when it could not be built.</param>
/// <param name="Result">The tournament's result, or null when the track was skipped.</param>
/// <param name="Skipped">Why the track was skipped (for example an outcome space too large to index), or null.</param>
public sealed record TrackSimulation(string Track, TrackNegotiation? Negotiation, TournamentResult? Result, string? Skipped)
{
    /// <summary>
    /// The most negotiations one track's tournament runs (5^6: six parties with five strategies). Every
    /// assignment of strategies to parties is run, so the count grows as s^m; larger tracks are skipped
    /// with the reason before any negotiation starts.
    /// </summary>
    public const long MaxAssignments = 15_625;

    /// <summary>
    /// Runs every assignment of <paramref name="strategies"/> to the consenting actors of
    /// <paramref name="track"/>, the talks opening at <paramref name="from"/> with their deadline at
    /// <paramref name="to"/> (see <see cref="TrackNegotiation.Build"/>). A track whose outcome space is
    /// too large to index, or with more parties than <see cref="MaxAssignments"/> allows, is returned as
    /// skipped, with the reason.
    /// </summary>
    /// <exception cref="ArgumentException">An unknown track or lever, or times outside the horizon or out of order.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static TrackSimulation Run(
        Model.Scenario scenario, string track, double from, double to, IReadOnlyList<string> levers,
        IReadOnlyList<NegotiationStrategy> strategies, NegotiationOptions options,
        IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        foreach (double t in new[] { from, to })
        {
            // Lever ids and times are the caller's to check (ScenarioVariant.Check); whether a lever's
            // effect fits on top of the drifted figures is known only by deriving the variant at that time.
            var derivation = Variants.ScenarioVariant.Derive(scenario, new Variants.VariantKey(levers, scenario.Dynamics is null ? null : t));
            if (!derivation.IsDerived)
            {
                return new TrackSimulation(track, null, null, derivation.Failure);
            }
        }

        var opening = Agreement.AgreementProblem.From(ScenarioAtTime.At(scenario, from, levers), [track]);
        if (opening.ActorCount < 2)
        {
            return new TrackSimulation(track, null, null,
                $"track '{track}' needs the consent of {opening.ActorCount} actor(s); a negotiation needs at least two parties taking positions on it");
        }

        var size = opening.Space.Size;
        if (size > NegotiationProblem.MaxOutcomes)
        {
            return new TrackSimulation(track, null, null,
                $"track '{track}' has {size:N0} packages, more than the {NegotiationProblem.MaxOutcomes:N0} that simulated negotiation indexes");
        }

        var negotiation = TrackNegotiation.Build(scenario, track, from, to, levers, options.Deadline);
        long assignments = Tournament.Assignments(negotiation.Problem.PartyCount, strategies.Count);
        if (assignments > MaxAssignments)
        {
            return new TrackSimulation(track, negotiation, null,
                $"track '{track}' has {negotiation.Problem.PartyCount} negotiating parties, so {strategies.Count}^{negotiation.Problem.PartyCount} = {(assignments == long.MaxValue ? "more than 9.2e18" : assignments.ToString("N0", System.Globalization.CultureInfo.InvariantCulture))} strategy assignments, more than the {MaxAssignments:N0} a tournament runs; simulate a track with fewer consenting parties");
        }

        return new TrackSimulation(track, negotiation, Tournament.Run([negotiation.Problem], strategies, options, progress, cancellationToken), null);
    }
}
