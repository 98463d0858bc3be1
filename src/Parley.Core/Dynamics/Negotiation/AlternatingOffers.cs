using System.Collections.Immutable;
using Parley.Core.Model.Dynamics;

namespace Parley.Core.Dynamics;

/// <summary>
/// The stacked alternating-offers protocol (SAOP, as in GENIUS and NegMAS) with a deadline in rounds.
/// Parties act in turn order, party 0 first. At its turn a party either accepts the standing offer
/// (when it is worth at least its reservation value and its own next offer, and lies within its red
/// lines and its proposer's) or rejects it by putting its own on the table; an offer stands as an agreement once every other party
/// has accepted it in turn. In each round every party acts once; round k (from 0) is at relative time
/// t = k / deadline. With no agreement after the last round the negotiation breaks down and each party
/// gets its reservation value at t = 1.
/// </summary>
/// <remarks>
/// Cost: O(rounds · parties · (log n + parties)) after the problem's indices are built; no outcome
/// scan per turn. Memory: O(parties²), plus the trace when asked for.
/// </remarks>
public static class AlternatingOffers
{
    /// <summary>Runs one negotiation.</summary>
    /// <param name="problem">The outcome space, utilities and reservation values.</param>
    /// <param name="strategies">One strategy per party, in turn order.</param>
    /// <param name="options">Deadline, offer band and whether to keep the trace.</param>
    /// <exception cref="ArgumentException">The number of strategies differs from the number of parties.</exception>
    public static NegotiationResult Run(NegotiationProblem problem, IReadOnlyList<NegotiationStrategy> strategies, NegotiationOptions options)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(strategies);
        ArgumentNullException.ThrowIfNull(options);
        int n = problem.PartyCount;
        if (strategies.Count != n)
        {
            throw new ArgumentException($"The problem has {n} parties but {strategies.Count} strategies were given.", nameof(strategies));
        }

        var names = new string[n];
        for (int p = 0; p < n; p++)
        {
            names[p] = (strategies[p] ?? throw new ArgumentException($"Strategy {p} is null.", nameof(strategies))).Name;
        }

        // first[i * n + j] / last[i * n + j]: utility to party i of party j's first / latest offer.
        var first = new double[n * n];
        var last = new double[n * n];
        var offered = new bool[n];
        var trace = options.RecordTrace ? ImmutableArray.CreateBuilder<NegotiationMove>() : null;
        int standing = -1;
        int proposer = -1;
        int acceptances = 0;
        int offers = 0;
        int deadline = options.Deadline;

        for (int k = 0; k < deadline; k++)
        {
            double t = (double)k / deadline;
            for (int i = 0; i < n; i++)
            {
                var index = problem.IndexOf(i);
                double reservation = problem.ReservationAt(i, t);
                double maximum = index.MaxUtility;
                double minimum = Math.Min(maximum, Math.Max(index.MinUtility, reservation));
                double concession = double.PositiveInfinity;
                for (int j = 0; j < n; j++)
                {
                    if (j != i)
                    {
                        concession = Math.Min(concession, offered[j] ? last[(i * n) + j] - first[(i * n) + j] : 0);
                    }
                }

                var context = new StrategyContext(t, minimum, maximum, Math.Max(0, concession));
                double target = strategies[i].Target(context);
                int planned = index.Find(target, options.Band);

                if (standing >= 0)
                {
                    double value = problem.UtilityOf(i, standing);
                    if (value >= reservation && value >= problem.UtilityOf(i, planned)
                        && problem.IsWithinRedLines(i, standing) && problem.IsWithinRedLines(proposer, standing))
                    {
                        acceptances++;
                        trace?.Add(Move(problem, k, i, NegotiationAction.Accept, standing, target, reservation));
                        if (acceptances == n - 1)
                        {
                            return Agreement(problem, names, standing, proposer, k, t, offers, trace);
                        }

                        continue;
                    }
                }

                standing = planned;
                proposer = i;
                acceptances = 0;
                offers++;
                for (int j = 0; j < n; j++)
                {
                    double u = problem.UtilityOf(j, planned);
                    if (!offered[i])
                    {
                        first[(j * n) + i] = u;
                    }

                    last[(j * n) + i] = u;
                }

                offered[i] = true;

                trace?.Add(Move(problem, k, i, NegotiationAction.Offer, planned, target, reservation));
            }
        }

        return Breakdown(problem, names, deadline, offers, trace);
    }

    private static NegotiationResult Agreement(
        NegotiationProblem problem, string[] names, int outcome, int proposer, int round, double t, int offers,
        ImmutableArray<NegotiationMove>.Builder? trace)
    {
        int n = problem.PartyCount;
        var utilities = new double[n];
        var reservations = new double[n];
        for (int p = 0; p < n; p++)
        {
            utilities[p] = problem.UtilityOf(p, outcome);
            reservations[p] = problem.ReservationAt(p, t);
        }

        return new NegotiationResult(
            problem.Name,
            [.. names],
            Agreed: true,
            AgreementRound: round + 1,
            ProposedBy: proposer,
            Outcome: outcome,
            Package: problem.PackageOf(outcome),
            Utilities: [.. utilities],
            Reservations: [.. reservations],
            RoundsPlayed: round + 1,
            Offers: offers,
            Explanation: $"Agreement in round {round + 1} of {problem.Name}: every other party accepted the offer of party {proposer} ({names[proposer]}).",
            Trace: trace?.ToImmutable() ?? []);
    }

    private static NegotiationResult Breakdown(
        NegotiationProblem problem, string[] names, int deadline, int offers, ImmutableArray<NegotiationMove>.Builder? trace)
    {
        int n = problem.PartyCount;
        var reservations = new double[n];
        for (int p = 0; p < n; p++)
        {
            reservations[p] = problem.ReservationAt(p, 1.0);
        }

        return new NegotiationResult(
            problem.Name,
            [.. names],
            Agreed: false,
            AgreementRound: null,
            ProposedBy: null,
            Outcome: null,
            Package: [],
            Utilities: [.. reservations],
            Reservations: [.. reservations],
            RoundsPlayed: deadline,
            Offers: offers,
            Explanation: $"Breakdown in {problem.Name}: no offer was accepted by every other party within {deadline} rounds; each party keeps its reservation value.",
            Trace: trace?.ToImmutable() ?? []);
    }

    private static NegotiationMove Move(
        NegotiationProblem problem, int round, int party, NegotiationAction action, int outcome, double target, double reservation)
    {
        var utilities = new double[problem.PartyCount];
        for (int p = 0; p < utilities.Length; p++)
        {
            utilities[p] = problem.UtilityOf(p, outcome);
        }

        return new NegotiationMove(round + 1, party, action, outcome, [.. utilities], target, reservation);
    }
}
