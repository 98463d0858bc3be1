using System.Collections.Immutable;
using Parley.Core.Agreement;
using Parley.Core.Model.Dynamics;
using Parley.Core.Model;

namespace Parley.Core.Dynamics;

/// <summary>
/// A simulated negotiation over one track of a scenario, held between two times of the horizon: the
/// track's outcome space and utilities as they stand at the start, and each consenting actor's
/// walk-away value following the trends and the pulled levers round by round until the deadline.
/// </summary>
/// <param name="Track">The track.</param>
/// <param name="ActorIds">The consenting actors, in turn order (the scenario's actor order).</param>
/// <param name="From">Horizon time at which the negotiation opens.</param>
/// <param name="To">Horizon time of its deadline.</param>
/// <param name="Problem">The indexed problem, with each party's reservation drift.</param>
public sealed record TrackNegotiation(string Track, ImmutableArray<string> ActorIds, double From, double To, NegotiationProblem Problem)
{
    /// <summary>
    /// Builds the negotiation. Utilities (weights, option values, options on the table) are those of the
    /// scenario at <paramref name="from"/>; walk-away values are read from the scenario at each round's
    /// time <c>from + (k / deadline)·(to − from)</c> (and at <paramref name="to"/> for a breakdown), so
    /// trends and levers that start during the talks move them.
    /// </summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="track">The track to negotiate.</param>
    /// <param name="from">When the talks open (0 when the scenario has no dynamics section).</param>
    /// <param name="to">The deadline's time, at least <paramref name="from"/>.</param>
    /// <param name="levers">Levers pulled, each from its start time.</param>
    /// <param name="deadline">The deadline in rounds, at least 1.</param>
    /// <exception cref="ArgumentException">
    /// An unknown track or lever, times outside the horizon or in the wrong order, or an outcome space
    /// larger than <see cref="NegotiationProblem.MaxOutcomes"/>.
    /// </exception>
    public static TrackNegotiation Build(Scenario scenario, string track, double from, double to, IReadOnlyList<string> levers, int deadline)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(track);
        ArgumentNullException.ThrowIfNull(levers);
        ArgumentOutOfRangeException.ThrowIfLessThan(deadline, 1);
        if (!(to >= from))
        {
            throw new ArgumentException($"The deadline's time ({to}) must not precede the opening time ({from}).", nameof(to));
        }

        var atStart = ScenarioAtTime.At(scenario, from, levers);
        var agreement = AgreementProblem.From(atStart, [track]);
        if (agreement.Space.Size > NegotiationProblem.MaxOutcomes)
        {
            throw new ArgumentException(
                $"Track '{track}' has {agreement.Space.Size:N0} packages; simulated negotiation indexes at most {NegotiationProblem.MaxOutcomes:N0}.", nameof(track));
        }

        var problem = NegotiationProblem.From(agreement, track);

        // Walk-away values per round (and at the deadline), read once from the scenario at each time. An
        // actor without a stake in the track (the agreement problem gives it reservation value 0 rather
        // than its position's walk-away) keeps that value throughout.
        int parties = agreement.ActorCount;
        var follows = new bool[parties];
        for (int p = 0; p < parties; p++)
        {
            follows[p] = atStart.PositionOf(agreement.ActorIds[p]) is { } position
                && position.WalkAway.Value == agreement.Utilities[p].ReservationValue;
        }

        var table = new double[parties][];
        for (int p = 0; p < parties; p++)
        {
            table[p] = new double[deadline + 1];
        }

        for (int k = 0; k <= deadline; k++)
        {
            double time = from + ((to - from) * k / deadline);
            var at = k == 0 ? atStart : ScenarioAtTime.At(scenario, Math.Min(time, to), levers);
            for (int p = 0; p < parties; p++)
            {
                table[p][k] = follows[p] ? at.PositionOf(agreement.ActorIds[p])!.WalkAway.Value : agreement.Utilities[p].ReservationValue;
            }
        }

        for (int p = 0; p < parties; p++)
        {
            var values = table[p];
            problem = problem.WithReservation(p, t => values[Math.Clamp((int)Math.Round(t * deadline), 0, deadline)]);
        }

        return new TrackNegotiation(track, agreement.ActorIds, from, to, problem);
    }
}
