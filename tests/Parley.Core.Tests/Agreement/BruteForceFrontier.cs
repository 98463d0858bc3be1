using System.Collections.Immutable;
using Parley.Core.Agreement;

namespace Parley.Core.Tests.Agreement;

/// <summary>
/// The literal oracle: enumerate every allowed package, evaluate it, keep those no other package strictly
/// dominates (tolerance 1e-9), group equal vectors. Quadratic; for small random problems only.
/// </summary>
internal static class BruteForceFrontier
{
    private const double Eps = ParetoFrontier.Tolerance;

    public sealed record Outcome(int[] Package, double[] Utilities);

    public static List<Outcome> Enumerate(OutcomeSpace space, IReadOnlyList<AdditiveUtility> utilities, IReadOnlyList<IReadOnlyList<bool>>? allowed)
    {
        var all = new List<Outcome>();
        var package = new int[space.IssueCount];
        void Recurse(int i)
        {
            if (i == space.IssueCount)
            {
                all.Add(new Outcome((int[])package.Clone(), utilities.Select(u => u.Of(package)).ToArray()));
                return;
            }

            for (int o = 0; o < space.Cardinalities[i]; o++)
            {
                if (allowed is null || allowed[i][o])
                {
                    package[i] = o;
                    Recurse(i + 1);
                }
            }
        }

        Recurse(0);
        return all;
    }

    public static bool Dominates(double[] x, double[] y)
    {
        bool strict = false;
        for (int a = 0; a < x.Length; a++)
        {
            if (x[a] < y[a] - Eps)
            {
                return false;
            }

            if (x[a] > y[a] + Eps)
            {
                strict = true;
            }
        }

        return strict;
    }

    public static bool Same(double[] x, double[] y)
    {
        for (int a = 0; a < x.Length; a++)
        {
            if (Math.Abs(x[a] - y[a]) > Eps)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Frontier outcomes (ties kept), in enumeration order.</summary>
    public static List<Outcome> Frontier(List<Outcome> all) =>
        [.. all.Where(y => !all.Any(x => Dominates(x.Utilities, y.Utilities)))];

    /// <summary>Groups outcomes into distinct vectors, each with its packages.</summary>
    public static List<(double[] Vector, List<int[]> Packages)> Group(List<Outcome> outcomes)
    {
        var groups = new List<(double[] Vector, List<int[]> Packages)>();
        foreach (var o in outcomes)
        {
            int g = groups.FindIndex(x => Same(x.Vector, o.Utilities));
            if (g < 0)
            {
                groups.Add((o.Utilities, [o.Package]));
            }
            else
            {
                groups[g].Packages.Add(o.Package);
            }
        }

        return groups;
    }

    public static bool Rational(double[] u, IReadOnlyList<AdditiveUtility> utilities)
    {
        for (int a = 0; a < u.Length; a++)
        {
            if (u[a] < utilities[a].ReservationValue - Eps)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The packages of all outcomes attaining the optimum of <paramref name="objective"/> among <paramref name="candidates"/>.</summary>
    public static (double? Value, List<int[]> Packages) ArgBest(List<Outcome> candidates, Func<double[], double> objective, bool maximise)
    {
        if (candidates.Count == 0)
        {
            return (null, []);
        }

        var values = candidates.Select(c => objective(c.Utilities)).ToList();
        double best = maximise ? values.Max() : values.Min();
        var winners = candidates.Where((c, i) => maximise ? values[i] >= best - Eps : values[i] <= best + Eps).Select(c => c.Package).ToList();
        return (best, winners);
    }

    public static ImmutableArray<ImmutableArray<double>> Row(params double[][] rows) =>
        [.. rows.Select(r => ImmutableArray.Create(r))];
}
