using System.Collections.Immutable;
using Parley.Core.Model.Dynamics;

namespace Parley.Core.Dynamics;

/// <summary>One turn of a simulated negotiation, kept when a trace is asked for.</summary>
/// <param name="Round">The round, from 1.</param>
/// <param name="Party">The acting party's index.</param>
/// <param name="Action">Offer or accept.</param>
/// <param name="Outcome">The outcome offered or accepted (its id in the problem).</param>
/// <param name="Utilities">Every party's utility of that outcome.</param>
/// <param name="Target">The utility the acting party aimed for this turn.</param>
/// <param name="Reservation">The acting party's reservation value this turn.</param>
public sealed record NegotiationMove(
    int Round,
    int Party,
    NegotiationAction Action,
    int Outcome,
    ImmutableArray<double> Utilities,
    double Target,
    double Reservation);
