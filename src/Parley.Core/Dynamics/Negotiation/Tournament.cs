using System.Collections.Immutable;
using Parley.Core.Model.Dynamics;

namespace Parley.Core.Dynamics;

/// <summary>
/// Runs every assignment of strategies to parties over several problems: for a problem with m parties
/// and s strategies, all s^m ordered assignments (so every ordered pairing, self-play included, for two
/// parties). Deterministic: no randomness, a fixed order of runs, and sums taken in that order.
/// </summary>
/// <remarks>Cost: Σ over problems of s^m negotiations, each as in <see cref="AlternatingOffers"/>.</remarks>
public static class Tournament
{
    /// <summary>The number of negotiations a tournament of <paramref name="strategies"/> strategies runs on one problem of <paramref name="parties"/> parties (s^m), saturating at <see cref="long.MaxValue"/>.</summary>
    public static long Assignments(int parties, int strategies)
    {
        long count = 1;
        for (int p = 0; p < parties; p++)
        {
            if (count > long.MaxValue / Math.Max(1, strategies))
            {
                return long.MaxValue;
            }

            count *= strategies;
        }

        return count;
    }

    /// <summary>Runs the tournament.</summary>
    /// <param name="problems">The problems; each is indexed once and shared by all its runs.</param>
    /// <param name="strategies">The competing strategies; at least one.</param>
    /// <param name="options">Deadline and offer band; traces are never kept.</param>
    /// <param name="progress">Told the number of negotiations run so far, every 256 runs and at the end; or null.</param>
    /// <param name="cancellationToken">Checked before each negotiation.</param>
    /// <exception cref="ArgumentException">No problem or no strategy.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static TournamentResult Run(
        IReadOnlyList<NegotiationProblem> problems, IReadOnlyList<NegotiationStrategy> strategies, NegotiationOptions options,
        IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(strategies);
        ArgumentNullException.ThrowIfNull(options);
        if (problems.Count == 0 || strategies.Count == 0)
        {
            throw new ArgumentException("A tournament needs at least one problem and one strategy.");
        }

        var runOptions = options.RecordTrace ? new NegotiationOptions(options.Deadline, options.Band, recordTrace: false) : options;
        int s = strategies.Count;
        var seats = new int[s];
        var agreements = new int[s];
        var utility = new double[s];
        var advantage = new double[s];
        var runs = ImmutableArray.CreateBuilder<TournamentRun>();
        var names = ImmutableArray.CreateBuilder<string>();
        long done = 0;

        for (int pi = 0; pi < problems.Count; pi++)
        {
            var problem = problems[pi];
            names.Add(problem.Name);
            int m = problem.PartyCount;
            var assignment = new int[m];
            var chosen = new NegotiationStrategy[m];
            while (true)
            {
                for (int p = 0; p < m; p++)
                {
                    chosen[p] = strategies[assignment[p]];
                }

                cancellationToken.ThrowIfCancellationRequested();
                var result = AlternatingOffers.Run(problem, chosen, runOptions);
                runs.Add(new TournamentRun(pi, [.. assignment], result));
                if ((++done & 255) == 0)
                {
                    progress?.Report(done);
                }

                for (int p = 0; p < m; p++)
                {
                    int k = assignment[p];
                    seats[k]++;
                    agreements[k] += result.Agreed ? 1 : 0;
                    utility[k] += result.Utilities[p];
                    advantage[k] += result.Utilities[p] - result.Reservations[p];
                }

                // Next assignment in lexicographic order (last party fastest).
                int q = m - 1;
                while (q >= 0 && ++assignment[q] == s)
                {
                    assignment[q] = 0;
                    q--;
                }

                if (q < 0)
                {
                    break;
                }
            }
        }

        progress?.Report(done);
        var scores = ImmutableArray.CreateBuilder<StrategyScore>(s);
        for (int k = 0; k < s; k++)
        {
            int count = seats[k];
            scores.Add(new StrategyScore(
                strategies[k].Name,
                count,
                agreements[k],
                utility[k] / count,
                advantage[k] / count,
                (double)agreements[k] / count));
        }

        return new TournamentResult(names.ToImmutable(), runs.ToImmutable(), scores.MoveToImmutable());
    }
}
