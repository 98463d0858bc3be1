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
    /// Runs every assignment of <paramref name="strategies"/> to the consenting actors of
    /// <paramref name="track"/>, the talks opening at <paramref name="from"/> with their deadline at
    /// <paramref name="to"/> (see <see cref="TrackNegotiation.Build"/>). A track whose outcome space is
    /// too large to index is returned as skipped, with the reason.
    /// </summary>
    /// <exception cref="ArgumentException">An unknown track or lever, or times outside the horizon or out of order.</exception>
    public static TrackSimulation Run(
        Model.Scenario scenario, string track, double from, double to, IReadOnlyList<string> levers,
        IReadOnlyList<NegotiationStrategy> strategies, NegotiationOptions options)
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

        var size = Agreement.AgreementProblem.From(ScenarioAtTime.At(scenario, from, levers), [track]).Space.Size;
        if (size > NegotiationProblem.MaxOutcomes)
        {
            return new TrackSimulation(track, null, null,
                $"track '{track}' has {size:N0} packages, more than the {NegotiationProblem.MaxOutcomes:N0} that simulated negotiation indexes");
        }

        var negotiation = TrackNegotiation.Build(scenario, track, from, to, levers, options.Deadline);
        return new TrackSimulation(track, negotiation, Tournament.Run([negotiation.Problem], strategies, options), null);
    }
}
