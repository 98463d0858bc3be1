using System.Collections.Immutable;
using Parley.Core.Model.Dynamics;

namespace Parley.Core.Dynamics;

/// <summary>How a simulated negotiation ended.</summary>
/// <param name="Problem">The problem's name.</param>
/// <param name="Strategies">The strategy name of each party, in turn order.</param>
/// <param name="Agreed">True when an offer was accepted by every other party before the deadline.</param>
/// <param name="AgreementRound">The round (from 1) in which the last acceptance came, or null on breakdown.</param>
/// <param name="ProposedBy">The party whose offer was accepted, or null on breakdown.</param>
/// <param name="Outcome">The agreed outcome's id, or null on breakdown.</param>
/// <param name="Package">The agreed package (one option index per issue); empty on breakdown.</param>
/// <param name="Utilities">
/// Each party's utility of the agreement, or on breakdown its reservation value at the deadline.
/// </param>
/// <param name="Reservations">Each party's reservation value when the negotiation ended.</param>
/// <param name="RoundsPlayed">Rounds begun, at most the deadline.</param>
/// <param name="Offers">Number of offers made.</param>
/// <param name="Explanation">One sentence on how it ended.</param>
/// <param name="Trace">Every move, when a trace was asked for; otherwise empty.</param>
public sealed record NegotiationResult(
    string Problem,
    ImmutableArray<string> Strategies,
    bool Agreed,
    int? AgreementRound,
    int? ProposedBy,
    int? Outcome,
    ImmutableArray<int> Package,
    ImmutableArray<double> Utilities,
    ImmutableArray<double> Reservations,
    int RoundsPlayed,
    int Offers,
    string Explanation,
    ImmutableArray<NegotiationMove> Trace);
