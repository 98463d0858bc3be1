using System.Collections.Immutable;

namespace Parley.Core.Agreement;

/// <summary>
/// The demands of a problem that can block a deal, numbered densely for bit sets: every binding red line
/// that excludes an option, and every walk-away value that some package falls below.
/// </summary>
internal sealed class DemandIndex
{
    public DemandIndex(AgreementProblem problem)
    {
        int n = problem.IssueCount, m = problem.ActorCount;
        RedLine = new int[m * n];
        WalkAway = new int[m];
        var demands = ImmutableArray.CreateBuilder<Demand>();
        for (int a = 0; a < m; a++)
        {
            for (int i = 0; i < n; i++)
            {
                RedLine[(a * n) + i] = -1;
                if (!problem.HasRedLine(a, i))
                {
                    continue;
                }

                RedLine[(a * n) + i] = demands.Count;
                var acceptable = ImmutableArray.CreateBuilder<string>();
                for (int o = 0; o < problem.Space.Cardinalities[i]; o++)
                {
                    if (problem.IsAllowed(a, i, o))
                    {
                        acceptable.Add(problem.Space.OptionNames[i][o]);
                    }
                }

                demands.Add(new Demand(DemandKind.RedLine, problem.ActorIds[a], problem.IssueIds[i], acceptable.ToImmutable(), null, problem.RedLineSources[a][i]));
            }

            var utility = problem.Utilities[a];
            WalkAway[a] = -1;
            if (utility.ReservationValue - AgreementProblem.Tolerance > utility.Min())
            {
                WalkAway[a] = demands.Count;
                demands.Add(new Demand(DemandKind.WalkAway, problem.ActorIds[a], null, [], utility.ReservationValue, problem.WalkAwaySources[a]));
            }
        }

        Demands = demands.ToImmutable();
        Words = Math.Max(1, (Demands.Length + 63) / 64);
    }

    /// <summary>Demand number of each actor's red line on each issue (actor * issues + issue), or -1.</summary>
    public int[] RedLine { get; }

    /// <summary>Demand number of each actor's walk-away value, or -1.</summary>
    public int[] WalkAway { get; }

    /// <summary>The demands, by number.</summary>
    public ImmutableArray<Demand> Demands { get; }

    /// <summary>Words of a bit set over the demands.</summary>
    public int Words { get; }

    /// <summary>The demands whose bits are set.</summary>
    public ImmutableArray<int> Members(ulong[] set)
    {
        var members = ImmutableArray.CreateBuilder<int>();
        for (int d = 0; d < Demands.Length; d++)
        {
            if ((set[d >> 6] & (1UL << (d & 63))) != 0)
            {
                members.Add(d);
            }
        }

        return members.ToImmutable();
    }
}
