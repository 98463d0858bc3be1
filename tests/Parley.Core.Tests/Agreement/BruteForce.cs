using System.Collections.Immutable;
using Parley.Core.Agreement;

namespace Parley.Core.Tests.Agreement;

/// <summary>
/// The literal definitions, by enumerating every package: the oracle the fast engines are tested against.
/// </summary>
internal static class BruteForce
{
    private const double Tol = 1e-9;

    public static IEnumerable<int[]> Packages(OutcomeSpace space)
    {
        var p = new int[space.IssueCount];
        while (true)
        {
            yield return (int[])p.Clone();
            int i = space.IssueCount - 1;
            while (i >= 0 && ++p[i] == space.Cardinalities[i])
            {
                p[i] = 0;
                i--;
            }

            if (i < 0)
            {
                yield break;
            }
        }
    }

    public static double Utility(AgreementProblem problem, int actor, int[] p)
    {
        double sum = 0;
        for (int i = 0; i < p.Length; i++)
        {
            sum += problem.Utilities[actor].Contributions[i][p[i]];
        }

        // Interaction terms, literally: a term adds its value when every one of its conditions holds.
        foreach (var term in problem.Utilities[actor].Interactions)
        {
            bool all = true;
            for (int k = 0; k < term.Issues.Length; k++)
            {
                all &= term.Holds[k][p[term.Issues[k]]];
            }

            sum += all ? term.Value : 0;
        }

        return sum;
    }

    /// <summary>Keys of the demands a package violates: <c>R:actor:issue</c> and <c>W:actor</c>.</summary>
    public static SortedSet<string> Violated(AgreementProblem problem, int[] p)
    {
        var v = new SortedSet<string>(StringComparer.Ordinal);
        for (int a = 0; a < problem.ActorCount; a++)
        {
            for (int i = 0; i < p.Length; i++)
            {
                if (problem.NeedsConsent(a, i) && !problem.IsAllowed(a, i, p[i]))
                {
                    v.Add($"R:{problem.ActorIds[a]}:{problem.IssueIds[i]}");
                }
            }

            if (Utility(problem, a, p) < problem.Utilities[a].ReservationValue - Tol)
            {
                v.Add($"W:{problem.ActorIds[a]}");
            }
        }

        return v;
    }

    public static bool AcceptableToAll(AgreementProblem problem, int[] p) => Violated(problem, p).Count == 0;

    public static long Count(AgreementProblem problem) => Packages(problem.Space).LongCount(p => AcceptableToAll(problem, p));

    /// <summary>The minimal elements of the violated sets of all packages.</summary>
    public static List<SortedSet<string>> MinimalBlockingSets(AgreementProblem problem)
    {
        var all = Packages(problem.Space).Select(p => Violated(problem, p)).ToList();
        if (all.Any(v => v.Count == 0))
        {
            return [];
        }

        var minimal = new List<SortedSet<string>>();
        foreach (var v in all.OrderBy(v => v.Count))
        {
            if (!minimal.Any(m => m.IsSubsetOf(v)))
            {
                minimal.Add(v);
            }
        }

        return minimal;
    }

    public static int? NearestDistance(AgreementProblem problem, int[] target)
    {
        int? best = null;
        foreach (var p in Packages(problem.Space))
        {
            if (!AcceptableToAll(problem, p))
            {
                continue;
            }

            int d = 0;
            for (int i = 0; i < p.Length; i++)
            {
                d += target[i] >= 0 && p[i] != target[i] ? 1 : 0;
            }

            best = best is null ? d : Math.Min(best.Value, d);
        }

        return best;
    }

    public static ImmutableArray<string> CommonGround(AgreementProblem problem, int issue)
    {
        var options = ImmutableArray.CreateBuilder<string>();
        for (int o = 0; o < problem.Space.Cardinalities[issue]; o++)
        {
            bool all = true;
            for (int a = 0; a < problem.ActorCount; a++)
            {
                all &= !problem.NeedsConsent(a, issue) || problem.IsAllowed(a, issue, o);
            }

            if (all)
            {
                options.Add(problem.Space.OptionNames[issue][o]);
            }
        }

        return options.ToImmutable();
    }

    public static string Key(Demand d) => d.Kind == DemandKind.RedLine ? $"R:{d.ActorId}:{d.IssueId}" : $"W:{d.ActorId}";
}
