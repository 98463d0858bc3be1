using System.Numerics;
using Parley.Core.Threading;

namespace Parley.Core.Forecast;

/// <content>The round itself: assessment of a state, challenges, bargains and their resolution.</content>
public static partial class SpatialPoliticsModel
{
    /// <summary>One state: positions (0–1 scale) and what the actors make of them.</summary>
    private sealed class State(double[] positions, double[] distance, double[] distanceByTarget, double[] risk, double[] own, double[] ownRowSum)
    {
        public double[] Positions { get; } = positions;

        /// <summary>distance[i * n + j]: from i's ideal (its position) to j's position, with i's saliences.</summary>
        public double[] Distance { get; } = distance;

        /// <summary>distanceByTarget[j * n + i] = distance[i * n + j].</summary>
        public double[] DistanceByTarget { get; } = distanceByTarget;

        public double[] Risk { get; } = risk;

        /// <summary>own[i * n + j]: i's utility of j's position, with its own risk attitude.</summary>
        public double[] Own { get; } = own;

        public double[] OwnRowSum { get; } = ownRowSum;
    }

    private readonly record struct Bargain(int Initiator, int Receiver, double[] InitiatorPosition, double[] ReceiverPosition);

    /// <summary>The fixed inputs of a run and the steps of a round.</summary>
    private sealed class Setting
    {
        private readonly int _n;
        private readonly int _dims;
        private readonly double[] _capability;
        private readonly double[] _salience;
        private readonly double[] _totalSalience;
        private readonly double[] _weight;
        private readonly (double A, double B, double C, double D) _commitment;
        private readonly SpatialPoliticsOptions _o;
        private readonly ParallelOptions _parallel;

        public Setting(ForecastProblem problem, SpatialPoliticsOptions options)
        {
            _n = problem.ActorCount;
            _dims = problem.DimensionCount;
            _capability = problem.Capabilities.ToArray();
            _salience = problem.Saliences.ToArray();
            _totalSalience = new double[_n];
            for (int i = 0; i < _n; i++)
            {
                for (int k = 0; k < _dims; k++)
                {
                    _totalSalience[i] += _salience[(i * _dims) + k];
                }
            }

            _weight = new double[_n];
            for (int i = 0; i < _n; i++)
            {
                _weight[i] = _totalSalience[i] * _capability[i];
            }

            _commitment = options.ThirdParty switch
            {
                ThirdPartyCommitment.Full => (3, 3, 3, 3),
                ThirdPartyCommitment.Semi => (2, 3, 3, 2),
                _ => (2, 2, 2, 2),
            };
            _o = options;
            _parallel = ParallelWork.Options(options.MaxDegreeOfParallelism);
        }

        private ReadOnlySpan<double> Salience(int i) => _salience.AsSpan(i * _dims, _dims);

        private static ReadOnlySpan<double> At(double[] positions, int i, int dims) => positions.AsSpan(i * dims, dims);

        private void For(int count, Action<int> body)
        {
            // Work per index is independent and written to its own slot, so the result does not depend on threads.
            if (_o.MaxDegreeOfParallelism == 1 || (long)count * _n < 4096)
            {
                for (int i = 0; i < count; i++)
                {
                    body(i);
                }
            }
            else
            {
                Parallel.For(0, count, _parallel, body);
            }
        }

        /// <summary>Distances, risk attitudes (from a risk-neutral election over all positions) and own utilities.</summary>
        public State Assess(double[] positions)
        {
            int n = _n;
            var distance = new double[n * n];
            var byTarget = new double[n * n];
            For(n, i =>
            {
                var xi = At(positions, i, _dims);
                var si = Salience(i);
                for (int j = 0; j < n; j++)
                {
                    double d = i == j ? 0 : SpatialPoliticsModel.Distance(xi, At(positions, j, _dims), si);
                    distance[(i * n) + j] = d;
                }
            });
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    byTarget[(j * n) + i] = distance[(i * n) + j];
                }
            }

            // Risk-neutral utility 1 − d of voter k for option i is byTarget laid out option-major.
            var neutral = new double[n * n];
            for (int x = 0; x < neutral.Length; x++)
            {
                neutral[x] = 1 - byTarget[x];
            }

            var p = new double[n];
            Election(_o.Voting, _capability, neutral, n, p);
            var risk = new double[n];
            RiskFromProbabilities(p, _o.RiskRange, risk);
            var own = new double[n * n];
            var rowSum = new double[n];
            For(n, i =>
            {
                double sum = 0;
                for (int j = 0; j < n; j++)
                {
                    double u = Utility(distance[(i * n) + j], risk[i]);
                    own[(i * n) + j] = u;
                    sum += u;
                }

                rowSum[i] = sum;
            });
            return new State(positions, distance, byTarget, risk, own, rowSum);
        }

        /// <summary>Election with the coalition loop parallel over options (the O(options² × voters) part).</summary>
        private void Election(VotingRule rule, ReadOnlySpan<double> weights, double[] utility, int options, Span<double> result)
        {
            if ((long)options * options * _n < 1_000_000 || _o.MaxDegreeOfParallelism == 1)
            {
                ProbabilisticCondorcetElection.Distribution(rule, _o.VictoryProbability, _o.Condorcet, weights, utility, options, result);
                return;
            }

            var w = weights.ToArray();
            var coalition = new double[options * options];
            Parallel.For(0, options, _parallel, i => ProbabilisticCondorcetElection.CoalitionRow(rule, w, utility, options, i, coalition));
            ProbabilisticCondorcetElection.FromCoalitions(_o.VictoryProbability, _o.Condorcet, coalition, options, result);
        }

        /// <summary>
        /// h's estimates rʰₘ of every actor's risk attitude, and the utility to every actor m of i's position as h sees it.
        /// </summary>
        private (double[] Estimates, double[] TowardI) Perspective(State s, int h, int i)
        {
            int n = _n;
            var estimates = new double[n];
            var towardI = new double[n];
            var byTarget = s.DistanceByTarget;
            for (int m = 0; m < n; m++)
            {
                estimates[m] = EstimateRisk(s.Risk[h], s.Risk[m], _o.RiskEstimate);
                towardI[m] = m == i ? 1.0 : Utility(byTarget[(i * n) + m], estimates[m]);
            }

            return (estimates, towardI);
        }

        /// <summary>
        /// h's estimate of the probability that i beats j and of the expected gain to k of i challenging j,
        /// against the status quo (KTAB's probEduChlg). <paramref name="estimates"/> and
        /// <paramref name="towardI"/> come from <see cref="Perspective"/> for h and i, so that scanning all
        /// targets j costs O(n) each.
        /// </summary>
        private (double Probability, double Gain) Challenge(State s, int k, int i, int j, double[] estimates, double[] towardI)
        {
            int n = _n;
            var byTarget = s.DistanceByTarget;
            int offsetJ = j * n;
            double UTowardJ(int a) => a == j ? 1.0 : Utility(byTarget[offsetJ + a], estimates[a]);

            double uii = 1, uij = UTowardJ(i), uji = towardI[j], ujj = 1;
            double uki = towardI[k], ukj = UTowardJ(k);
            double statusQuo = uki + ukj;
            double victory = uki + uki;
            double defeat = ukj + ukj;
            double sj = _totalSalience[j];
            var vote = _o.Voting;
            double contributionI = ProbabilisticCondorcetElection.Vote(vote, _totalSalience[i] * _capability[i], uii, uij);
            double contributionJ = ProbabilisticCondorcetElection.Vote(vote, sj * _capability[j], uji, ujj);
            double cij = MinimumChallengeCoalition, cji = MinimumCoalitionAdd(contributionI, contributionJ, ref cij);
            double principalsI = cij, principalsJ = cji;
            bool proportional = vote == VotingRule.Proportional;
            int start = 0;
            if (proportional && Vector.IsHardwareAccelerated && n >= 4 * Vector<double>.Count)
            {
                // The O(n) heart of the O(n³) round in SIMD lanes. Principals are excluded by a zero
                // weight (a zero-weight voter adds exactly nothing); a third party whose vote is zero
                // joins neither coalition, as in the scalar loop.
                start = ThirdPartiesInLanes(i, j, byTarget.AsSpan(offsetJ, n), estimates, towardI, principalsI, principalsJ, ref cij, ref cji);
            }

            for (int m = start; m < n; m++)
            {
                if (m == i || m == j)
                {
                    continue;
                }

                double umi = towardI[m];
                double umj = Utility(byTarget[offsetJ + m], estimates[m]);
                double wm = _weight[m];
                double du = umi - umj;
                double little = proportional ? wm * du : ProbabilisticCondorcetElection.VoteOn(vote, wm, du);
                double ci = little > 0 ? principalsI + little : principalsI;
                double cj = little < 0 ? principalsJ - little : principalsJ;
                double pin = ci / (ci + cj);

                // Third parties stay where they are (u = 1 for their own position).
                double join = ThirdPartyPreference(pin, umi, umj, 1.0);
                double vm = proportional ? wm * join : ProbabilisticCondorcetElection.VoteOn(vote, wm, join);
                if (vm > 0)
                {
                    cij += vm;
                }
                else if (vm < 0)
                {
                    cji -= vm;
                }
            }

            double pij = cij / (cij + cji);
            double contest = (pij * victory) + ((1 - pij) * defeat);
            double challenge = ((1 - sj) * victory) + (sj * contest);
            return (pij, challenge - statusQuo);
        }

        /// <summary>
        /// Third parties' proportional votes for a full multiple of the lane width, added to the two
        /// coalitions; returns the first index left for the scalar loop.
        /// </summary>
        private int ThirdPartiesInLanes(int i, int j, ReadOnlySpan<double> towardJ, double[] estimates, double[] towardI, double principalsI, double principalsJ, ref double cij, ref double cji)
        {
            int n = _n;
            int width = Vector<double>.Count;
            int end = n - (n % width);
            var (a, b, c, d) = _commitment;
            var one = Vector<double>.One;
            var zero = Vector<double>.Zero;
            var vi = new Vector<double>(principalsI);
            var vj = new Vector<double>(principalsJ);
            var ac = new Vector<double>(a - c);
            var bd = new Vector<double>(b - d);
            var sumI = Vector<double>.Zero;
            var sumJ = Vector<double>.Zero;
            Span<double> weight = stackalloc double[width];
            for (int m = 0; m < end; m += width)
            {
                _weight.AsSpan(m, width).CopyTo(weight);
                if (i >= m && i < m + width)
                {
                    weight[i - m] = 0;
                }

                if (j >= m && j < m + width)
                {
                    weight[j - m] = 0;
                }

                var w = new Vector<double>(weight);
                var dist = new Vector<double>(towardJ[m..]);
                var r = new Vector<double>(estimates.AsSpan(m, width));
                var umi = new Vector<double>(towardI.AsSpan(m, width));
                var near = (one - dist) * (one + (dist * r));
                var far = (one - dist) * (one + r);
                var umj = Vector.ConditionalSelect(Vector.LessThanOrEqual(dist, one), near, far);
                var little = w * (umi - umj);
                var ci = vi + Vector.Max(little, zero);
                var cj = vj + Vector.Max(-little, zero);
                var pin = ci / (ci + cj);

                // (joinI − joinJ) with the third party's own position at utility 1, as ThirdPartyPreference.
                var join = (pin * ((ac * umi) + ((new Vector<double>(3 - a) * one) - (new Vector<double>(3 - c) * one))))
                    + ((one - pin) * ((bd * umj) + ((new Vector<double>(3 - b) * one) - (new Vector<double>(3 - d) * one))));
                var vm = w * join;
                sumI += Vector.Max(vm, zero);
                sumJ += Vector.Max(-vm, zero);
            }

            cij += Vector.Sum(sumI);
            cji += Vector.Sum(sumJ);
            return end;
        }

        /// <summary>h = j's estimate of the probability that i beats j (the target's perspective on a bargain).</summary>
        private double TargetEstimate(State s, int i, int j)
        {
            var (estimates, towardI) = Perspective(s, j, i);
            return Challenge(s, i, i, j, estimates, towardI).Probability;
        }

        /// <summary>Adds the principals' contributions to the two coalitions; returns the coalition against i.</summary>
        private static double MinimumCoalitionAdd(double contributionI, double contributionJ, ref double cij)
        {
            double cji = MinimumChallengeCoalition;
            foreach (double c in (ReadOnlySpan<double>)[contributionI, contributionJ])
            {
                if (c > 0)
                {
                    cij += c;
                }

                if (c < 0)
                {
                    cji -= c;
                }
            }

            return cji;
        }

        /// <summary>
        /// A third party's utility of joining i minus that of joining j, each the sum of the utilities of
        /// the three positions after the contest. The commitment rule fixes how many of the three positions
        /// are the winner's (the rest stay the third party's own): <see cref="_commitment"/> holds those
        /// counts for (ik beats j, j beats ik, i beats jk, jk beats i).
        /// </summary>
        private double ThirdPartyPreference(double pin, double uni, double unj, double unn)
        {
            var (a, b, c, d) = _commitment;
            double pjn = 1.0 - pin;
            double joinI = (pin * ((a * uni) + ((3 - a) * unn))) + (pjn * ((b * unj) + ((3 - b) * unn)));
            double joinJ = (pin * ((c * uni) + ((3 - c) * unn))) + (pjn * ((d * unj) + ((3 - d) * unn)));
            return joinI - joinJ;
        }

        /// <summary>Challenges, bargains and their resolution: the positions of the next state.</summary>
        public double[] Bargain(State s)
        {
            int n = _n;
            var target = new int[n];
            var probability = new double[n];
            For(n, i =>
            {
                int best = -1;
                double bestGain = -1, bestP = 0;
                var (estimates, towardI) = Perspective(s, i, i);
                for (int j = 0; j < n; j++)
                {
                    if (j == i)
                    {
                        continue;
                    }

                    var (p, gain) = Challenge(s, i, i, j, estimates, towardI);
                    if (gain > MinimumSignificantGain && gain > bestGain)
                    {
                        best = j;
                        bestP = p;
                        bestGain = gain;
                    }
                }

                target[i] = best;
                probability[i] = bestP;
            });

            var queues = new List<Bargain>[n];
            for (int i = 0; i < n; i++)
            {
                queues[i] = [];
            }

            for (int i = 0; i < n; i++)
            {
                queues[i].Add(new Bargain(i, i, [], []));
                int j = target[i];
                if (j < 0)
                {
                    continue;
                }

                var fromI = Interpolate(s.Positions, i, j, probability[i]);
                switch (_o.Perspective)
                {
                    case BargainPerspective.InitiatorOnly:
                        queues[i].Add(fromI);
                        queues[j].Add(fromI);
                        break;
                    case BargainPerspective.InitiatorAndReceiver:
                        var fromJ = Interpolate(s.Positions, i, j, TargetEstimate(s, i, j));
                        queues[i].Add(fromI);
                        queues[i].Add(fromJ);
                        queues[j].Add(fromI);
                        queues[j].Add(fromJ);
                        break;
                    default:
                        var other = Interpolate(s.Positions, i, j, TargetEstimate(s, i, j));
                        double wi = _capability[i] * _totalSalience[i];
                        double wj = _capability[i] * _totalSalience[j];
                        var pi = new double[_dims];
                        var pj = new double[_dims];
                        for (int k = 0; k < _dims; k++)
                        {
                            pi[k] = ((wi * fromI.InitiatorPosition[k]) + (wj * other.InitiatorPosition[k])) / (wi + wj);
                            pj[k] = ((wi * fromI.ReceiverPosition[k]) + (wj * other.ReceiverPosition[k])) / (wi + wj);
                        }

                        var compromise = new Bargain(i, j, pi, pj);
                        queues[i].Add(compromise);
                        queues[j].Add(compromise);
                        break;
                }
            }

            var next = new double[n * _dims];
            For(n, k => Resolve(s, k, queues[k], next));
            return next;
        }

        /// <summary>Actor k adopts its side of the most probable bargain in its queue (an election over the bargains).</summary>
        private void Resolve(State s, int k, List<Bargain> queue, double[] next)
        {
            int n = _n;
            int nb = queue.Count;
            int chosen = 0;
            if (nb > 1)
            {
                var utility = new double[nb * n];
                for (int m = 0; m < nb; m++)
                {
                    var b = queue[m];
                    for (int a = 0; a < n; a++)
                    {
                        double sum = s.OwnRowSum[a];
                        if (b.Initiator != b.Receiver)
                        {
                            var xa = At(s.Positions, a, _dims);
                            var sa = Salience(a);
                            sum = sum - s.Own[(a * n) + b.Initiator] - s.Own[(a * n) + b.Receiver]
                                + Utility(SpatialPoliticsModel.Distance(xa, b.InitiatorPosition, sa), s.Risk[a])
                                + Utility(SpatialPoliticsModel.Distance(xa, b.ReceiverPosition, sa), s.Risk[a]);
                        }

                        utility[(m * n) + a] = sum / n;
                    }
                }

                var p = new double[nb];
                ProbabilisticCondorcetElection.Distribution(_o.Voting, _o.VictoryProbability, _o.Condorcet, _capability, utility, nb, p);
                double best = double.NegativeInfinity;
                for (int m = 0; m < nb; m++)
                {
                    if (p[m] > best)
                    {
                        best = p[m];
                        chosen = m;
                    }
                }
            }

            var bargain = queue[chosen];
            var target = next.AsSpan(k * _dims, _dims);
            if (bargain.Initiator == bargain.Receiver)
            {
                At(s.Positions, k, _dims).CopyTo(target);
            }
            else if (bargain.Initiator == k)
            {
                bargain.InitiatorPosition.CopyTo(target);
            }
            else
            {
                bargain.ReceiverPosition.CopyTo(target);
            }
        }

        private Bargain Interpolate(double[] positions, int i, int j, double pi)
        {
            double pj = 1 - pi;
            var bi = new double[_dims];
            var bj = new double[_dims];
            for (int k = 0; k < _dims; k++)
            {
                double ti = positions[(i * _dims) + k], tj = positions[(j * _dims) + k];
                double si = _salience[(i * _dims) + k], sj = _salience[(j * _dims) + k];
                const double minW = 1e-6;
                if (_o.Interpolation == BargainInterpolation.S2PMax)
                {
                    double di = pj > pi ? pj - pi : 0;
                    double dj = pi > pj ? pi - pj : 0;
                    double si2 = si * si, sj2 = sj * sj;
                    double dik = di * sj2 / ((di * sj2) + minW + ((1 - di) * si2));
                    double djk = dj * si2 / ((dj * si2) + minW + ((1 - dj) * sj2));
                    bi[k] = ti + (dik * (tj - ti));
                    bj[k] = tj + (djk * (ti - tj));
                }
                else
                {
                    bool squared = _o.Interpolation == BargainInterpolation.S2P2;
                    double wi = squared ? si * si * pi * pi : si * pi;
                    double wj = squared ? sj * sj * pj * pj : sj * pj;

                    // The 10⁻⁶ asymmetry keeps 0/0 away when neither side cares; rounding to 10⁻⁴ removes
                    // the spurious precision (both as KTAB does).
                    bi[k] = Round4((((wi + minW) * ti) + (wj * tj)) / (wi + minW + wj));
                    bj[k] = Round4(((wi * ti) + ((minW + wj) * tj)) / (wi + minW + wj));
                }
            }

            return new Bargain(i, j, bi, bj);
        }

        private static double Round4(double x) => (int)(0.5 + (x * 10000.0)) / 10000.0;

        /// <summary>Per actor, the probability that its position wins an election over the distinct positions (proportional votes, own utilities).</summary>
        public double[] WinningProbabilities(State s)
        {
            int n = _n;
            var p = DistinctElection(s, out var unique);
            int m = unique.Count;
            var result = new double[n];
            for (int i = 0; i < n; i++)
            {
                // The last equivalent distinct position, as KTAB's posProb reads it.
                for (int u = 0; u < m; u++)
                {
                    if (Equivalent(s.Positions, i, unique[u]))
                    {
                        result[i] = p[u];
                    }
                }
            }

            return result;
        }

        /// <summary>Per dimension, Σ over distinct positions of probability × coordinate.</summary>
        public double[] ExpectedOutcome(State s)
        {
            var p = DistinctElection(s, out var unique);
            var expected = new double[_dims];
            for (int u = 0; u < p.Length; u++)
            {
                for (int k = 0; k < _dims; k++)
                {
                    expected[k] += p[u] * s.Positions[(unique[u] * _dims) + k] * 100.0;
                }
            }

            return expected;
        }

        // The proportional election over the state's distinct positions, each actor voting with its own
        // utilities; returns each distinct position's probability, aligned with `unique`.
        private double[] DistinctElection(State s, out List<int> unique)
        {
            int n = _n;
            unique = UniqueIndices(s.Positions);
            int m = unique.Count;
            var utility = new double[m * n];
            for (int u = 0; u < m; u++)
            {
                for (int a = 0; a < n; a++)
                {
                    utility[(u * n) + a] = s.Own[(a * n) + unique[u]];
                }
            }

            var p = new double[m];
            Election(VotingRule.Proportional, _capability, utility, m, p);
            return p;
        }

        private List<int> UniqueIndices(double[] positions)
        {
            var unique = new List<int>();
            for (int i = 0; i < _n; i++)
            {
                bool seen = false;
                foreach (int u in unique)
                {
                    if (Equivalent(positions, i, u))
                    {
                        seen = true;
                        break;
                    }
                }

                if (!seen)
                {
                    unique.Add(i);
                }
            }

            return unique;
        }

        private bool Equivalent(double[] positions, int i, int j)
        {
            double sq = 0;
            for (int k = 0; k < _dims; k++)
            {
                double d = positions[(i * _dims) + k] - positions[(j * _dims) + k];
                sq += d * d;
            }

            return Math.Sqrt(sq) < _o.PositionTolerance;
        }
    }
}
