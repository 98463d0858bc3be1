namespace Parley.Core.Forecast;

/// <summary>
/// The primitives of probabilistic Condorcet elections (KTAB's kmodel): votes, coalition strengths,
/// pairwise victory probabilities and the distribution over options they imply.
/// </summary>
public static class ProbabilisticCondorcetElection
{
    /// <summary>Smallest coalition strength over options (avoids 0/0 when nobody cares).</summary>
    public const double MinimumCoalition = 1e-8;

    /// <summary>The vote of a voter with weight <paramref name="weight"/> for a (utility <paramref name="ua"/>) over b (utility <paramref name="ub"/>).</summary>
    public static double Vote(VotingRule rule, double weight, double ua, double ub) => VoteOn(rule, weight, ua - ub);

    /// <summary>The vote for a utility difference <paramref name="du"/> (every rule depends on the difference only).</summary>
    public static double VoteOn(VotingRule rule, double weight, double du) =>
        rule switch
        {
            VotingRule.Proportional => weight * du,
            VotingRule.Binary => weight * Math.Clamp(du / 1e-8, -1, 1),
            VotingRule.PropBin => weight * ((0.8 * du) + (0.2 * Math.Clamp(du / 1e-8, -1, 1))),
            VotingRule.PropCubic => weight * ((0.5 * du) + (0.5 * du * du * du)),
            VotingRule.Cubic => weight * du * du * du,
            VotingRule.AsymmetricProspect => du < 0 ? weight * du : du > 0 ? 2.0 * weight * du / 3.0 : 0,
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown voting rule."),
        };

    /// <summary>The probability that a coalition of strength <paramref name="a"/> beats one of strength <paramref name="b"/>.</summary>
    public static double VictoryProbability(VictoryProbabilityModel model, double a, double b)
    {
        double x1, x2;
        switch (model)
        {
            case VictoryProbabilityModel.Linear:
                (x1, x2) = (a, b);
                break;
            case VictoryProbabilityModel.Square:
                (x1, x2) = (a * a, b * b);
                break;
            case VictoryProbabilityModel.Quartic:
                (x1, x2) = (a * a * a * a, b * b * b * b);
                break;
            case VictoryProbabilityModel.Octic:
                double a4 = a * a * a * a, b4 = b * b * b * b;
                (x1, x2) = (a4 * a4, b4 * b4);
                break;
            default:
                const double threshold = 1.10;
                if (a >= threshold * b)
                {
                    (x1, x2) = (1.0, 1e-6);
                }
                else if (b >= threshold * a)
                {
                    (x1, x2) = (1e-6, 1.0);
                }
                else
                {
                    double p = (((a / (a + b)) * (threshold + 1.0)) - 1.0) / (threshold - 1.0);
                    (x1, x2) = (p, 1 - p);
                }

                break;
        }

        return x1 / (x1 + x2);
    }

    /// <summary>
    /// Distribution over <paramref name="options"/> options from voters' utilities:
    /// <c>utility[option * voters + voter]</c>, weights per voter. Writes <paramref name="result"/>.
    /// </summary>
    /// <remarks>O(options² × voters). Coalitions are formed on the lower triangle, as KTAB does, so an
    /// asymmetric voting rule is applied from the higher-indexed option's side.</remarks>
    public static void Distribution(
        VotingRule rule,
        VictoryProbabilityModel victory,
        CondorcetModel model,
        ReadOnlySpan<double> weights,
        ReadOnlySpan<double> utility,
        int options,
        Span<double> result)
    {
        int voters = weights.Length;
        if (utility.Length < options * voters || result.Length < options)
        {
            throw new ArgumentException($"Need {options * voters} utilities and room for {options} probabilities.", nameof(utility));
        }

        var coalition = new double[options * options];
        for (int i = 0; i < options; i++)
        {
            CoalitionRow(rule, weights, utility, options, i, coalition);
        }

        FromCoalitions(victory, model, coalition, options, result);
    }

    /// <summary>
    /// Row <paramref name="i"/> of the coalition-strength matrix: for every option j before i, the votes for
    /// i over j and for j over i, each floored at <see cref="MinimumCoalition"/>; the diagonal gets the floor.
    /// Rows write disjoint cells, so they may be computed in parallel (the spatial model does so for large
    /// elections): the one place where a coalition's strength is summed.
    /// </summary>
    internal static void CoalitionRow(VotingRule rule, ReadOnlySpan<double> weights, ReadOnlySpan<double> utility, int options, int i, Span<double> coalition)
    {
        int voters = weights.Length;
        var ui = utility.Slice(i * voters, voters);
        for (int j = 0; j < i; j++)
        {
            var uj = utility.Slice(j * voters, voters);
            double cij = MinimumCoalition, cji = MinimumCoalition;
            if (rule == VotingRule.Proportional)
            {
                for (int k = 0; k < voters; k++)
                {
                    double v = weights[k] * (ui[k] - uj[k]);
                    if (v > 0)
                    {
                        cij += v;
                    }
                    else
                    {
                        cji -= v;
                    }
                }
            }
            else
            {
                for (int k = 0; k < voters; k++)
                {
                    double v = Vote(rule, weights[k], ui[k], uj[k]);
                    if (v > 0)
                    {
                        cij += v;
                    }
                    else
                    {
                        cji -= v;
                    }
                }
            }

            coalition[(i * options) + j] = cij;
            coalition[(j * options) + i] = cji;
        }

        coalition[(i * options) + i] = MinimumCoalition;
    }

    /// <summary>Distribution over options from a square coalition-strength matrix <c>coalition[i * options + j]</c> = strength of i against j.</summary>
    public static void FromCoalitions(VictoryProbabilityModel victory, CondorcetModel model, ReadOnlySpan<double> coalition, int options, Span<double> result)
    {
        var p = new double[options * options];
        for (int i = 0; i < options; i++)
        {
            for (int j = 0; j < i; j++)
            {
                double pij = VictoryProbability(victory, coalition[(i * options) + j], coalition[(j * options) + i]);
                p[(i * options) + j] = pij;
                p[(j * options) + i] = 1 - pij;
            }

            p[(i * options) + i] = 0.5;
        }

        switch (model)
        {
            case CondorcetModel.Conditional:
                Conditional(p, options, result);
                break;
            case CondorcetModel.MarkovUniform:
                MarkovUniform(p, options, result);
                break;
            default:
                MarkovIncentive(p, coalition, options, result);
                break;
        }
    }

    /// <summary>
    /// pₐ ∝ Πᵦ P(a &gt; b). Computed as a sum of logarithms: with hundreds of options the plain product
    /// underflows to zero for every option.
    /// </summary>
    private static void Conditional(ReadOnlySpan<double> p, int options, Span<double> result)
    {
        double max = double.NegativeInfinity;
        for (int i = 0; i < options; i++)
        {
            double log = 0;
            for (int j = 0; j < options; j++)
            {
                log += Math.Log(p[(i * options) + j]);
            }

            result[i] = log;
            max = Math.Max(max, log);
        }

        double sum = 0;
        for (int i = 0; i < options; i++)
        {
            result[i] = Math.Exp(result[i] - max);
            sum += result[i];
        }

        for (int i = 0; i < options; i++)
        {
            result[i] /= sum;
        }
    }

    private static void MarkovUniform(ReadOnlySpan<double> pv, int options, Span<double> result)
    {
        var p = new double[options];
        var q = new double[options];
        Array.Fill(p, 1.0 / options);
        double change = 1.0;
        for (int iteration = 0; change > 1e-6 && iteration < 10_000; iteration++)
        {
            change = 0;
            for (int i = 0; i < options; i++)
            {
                double pi = 0;
                for (int j = 0; j < options; j++)
                {
                    pi += pv[(i * options) + j] * (p[i] + p[j]);
                }

                q[i] = pi / options;
                change = Math.Max(change, Math.Abs(q[i] - p[i]));
            }

            for (int i = 0; i < options; i++)
            {
                p[i] = (p[i] + q[i]) / 2.0;
            }
        }

        p.CopyTo(result);
    }

    private static void MarkovIncentive(ReadOnlySpan<double> victory, ReadOnlySpan<double> coalition, int options, Span<double> result)
    {
        var incentive = new double[options * options];
        for (int i = 0; i < options; i++)
        {
            for (int j = 0; j < options; j++)
            {
                incentive[(i * options) + j] = (coalition[(i * options) + j] * victory[(i * options) + j]) + (i == j ? 1e-10 : 0);
            }
        }

        var challenge = new double[options * options];
        for (int j = 0; j < options; j++)
        {
            double sum = 0;
            for (int k = 0; k < options; k++)
            {
                sum += incentive[(k * options) + j];
            }

            for (int i = 0; i < options; i++)
            {
                challenge[(i * options) + j] = incentive[(i * options) + j] / sum;
            }
        }

        var p = new double[options];
        var q = new double[options];
        Array.Fill(p, 1.0 / options);
        double change = 1.0;
        for (int iteration = 0; change > 1e-8 && iteration < 10_000; iteration++)
        {
            change = 0;
            for (int i = 0; i < options; i++)
            {
                double qi = 0;
                for (int j = 0; j < options; j++)
                {
                    double cij = p[i] * challenge[(j * options) + i];
                    double cji = p[j] * challenge[(i * options) + j];
                    qi += victory[(i * options) + j] * (cij + cji);
                }

                q[i] = qi;
                change = Math.Max(change, Math.Abs(q[i] - p[i]));
            }

            for (int i = 0; i < options; i++)
            {
                p[i] = (p[i] + q[i]) / 2.0;
            }
        }

        p.CopyTo(result);
    }
}
