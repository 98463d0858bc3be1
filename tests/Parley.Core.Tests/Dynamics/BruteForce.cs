using System.Collections.Immutable;
using Parley.Core.Dynamics;
using Parley.Core.Model.Dynamics;

namespace Parley.Core.Tests.Dynamics;

/// <summary>
/// Literal oracles: the offer near a target found by scanning every outcome, and the alternating-offers
/// protocol run with that scan instead of the index.
/// </summary>
internal static class BruteForce
{
    /// <summary>Every outcome's package, by outcome id (first issue most significant), and its utilities via AdditiveUtility.Of.</summary>
    public static (ImmutableArray<int>[] Packages, double[][] Utility) Enumerate(NegotiationProblem problem)
    {
        var cards = problem.Space.Cardinalities;
        int count = 1;
        foreach (int c in cards)
        {
            count *= c;
        }

        var packages = new ImmutableArray<int>[count];
        var utility = new double[problem.PartyCount][];
        for (int p = 0; p < problem.PartyCount; p++)
        {
            utility[p] = new double[count];
        }

        for (int o = 0; o < count; o++)
        {
            var package = new int[cards.Length];
            int rest = o;
            for (int i = cards.Length - 1; i >= 0; i--)
            {
                package[i] = rest % cards[i];
                rest /= cards[i];
            }

            packages[o] = [.. package];
            for (int p = 0; p < problem.PartyCount; p++)
            {
                utility[p][o] = problem.Utilities[p].Of(package);
            }
        }

        return (packages, utility);
    }

    /// <summary>
    /// The best offer for <paramref name="party"/> within [target, target + band] by the others' summed
    /// utility (ties: lower own utility, then lower id); if that band is empty, the same over the outcomes
    /// with the smallest own utility at or above the target, or with the largest own utility if none is.
    /// </summary>
    public static int Find(double[][] utility, int party, double target, double band, bool[]? allowed = null)
    {
        var own = utility[party];
        int count = own.Length;

        // Only outcomes within the party's red lines are candidates, unless it has none at all.
        bool Candidate(int o) => allowed is null || !allowed.Contains(true) || allowed[o];
        bool any = false;
        for (int o = 0; o < count; o++)
        {
            if (Candidate(o) && own[o] >= target && own[o] <= target + band)
            {
                any = true;
                break;
            }
        }

        double lo = target;
        double hi = target + band;
        if (!any)
        {
            double next = double.PositiveInfinity;
            double max = double.NegativeInfinity;
            for (int o = 0; o < count; o++)
            {
                if (!Candidate(o))
                {
                    continue;
                }

                if (own[o] >= target && own[o] < next)
                {
                    next = own[o];
                }

                max = Math.Max(max, own[o]);
            }

            lo = hi = double.IsPositiveInfinity(next) ? max : next;
        }

        int best = -1;
        double bestOthers = 0;
        for (int o = 0; o < count; o++)
        {
            if (!Candidate(o) || own[o] < lo || own[o] > hi)
            {
                continue;
            }

            double others = 0;
            for (int q = 0; q < utility.Length; q++)
            {
                if (q != party)
                {
                    others += utility[q][o];
                }
            }

            if (best < 0 || others > bestOthers || (others == bestOthers && (own[o] < own[best] || (own[o] == own[best] && o < best))))
            {
                best = o;
                bestOthers = others;
            }
        }

        return best;
    }

    /// <summary>The protocol of AlternatingOffers, written plainly, with offers found by scanning.</summary>
    public static (bool Agreed, int Round, int Outcome, int Offers) Negotiate(
        NegotiationProblem problem, IReadOnlyList<NegotiationStrategy> strategies, int deadline, double band)
    {
        var (_, utility) = Enumerate(problem);
        int n = problem.PartyCount;
        var allowed = new bool[n][];
        for (int p = 0; p < n; p++)
        {
            allowed[p] = [.. Enumerable.Range(0, utility[p].Length).Select(o => problem.IsWithinRedLines(p, o))];
        }

        var firstOffer = new int[n];
        var lastOffer = new int[n];
        Array.Fill(firstOffer, -1);
        int standing = -1;
        int proposer = -1;
        int accepted = 0;
        int offers = 0;
        for (int k = 0; k < deadline; k++)
        {
            double t = (double)k / deadline;
            for (int i = 0; i < n; i++)
            {
                var candidates = Enumerable.Range(0, utility[i].Length).Where(o => !allowed[i].Contains(true) || allowed[i][o]).Select(o => utility[i][o]).ToArray();
                double max = candidates.Max();
                double min = candidates.Min();
                double rv = problem.ReservationAt(i, t);
                double concession = double.PositiveInfinity;
                for (int j = 0; j < n; j++)
                {
                    if (j != i)
                    {
                        concession = Math.Min(concession, firstOffer[j] < 0 ? 0 : utility[i][lastOffer[j]] - utility[i][firstOffer[j]]);
                    }
                }

                double target = strategies[i].Target(new StrategyContext(t, Math.Min(max, Math.Max(min, rv)), max, Math.Max(0, concession)));
                int planned = Find(utility, i, target, band, allowed[i]);
                if (standing >= 0 && utility[i][standing] >= rv && utility[i][standing] >= utility[i][planned]
                    && allowed[i][standing] && allowed[proposer][standing])
                {
                    if (++accepted == n - 1)
                    {
                        return (true, k + 1, standing, offers);
                    }

                    continue;
                }

                standing = planned;
                proposer = i;
                accepted = 0;
                offers++;
                if (firstOffer[i] < 0)
                {
                    firstOffer[i] = planned;
                }

                lastOffer[i] = planned;
            }
        }

        return (false, deadline, -1, offers);
    }
}
