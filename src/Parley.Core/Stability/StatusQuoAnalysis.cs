using System.Collections.Immutable;
using Parley.Core.Model.Conflicts;

namespace Parley.Core.Stability;

/// <summary>
/// Status-quo analysis: the shortest sequences of unilateral improvements (and, optionally, coalitional
/// improvements of given coalitions) from a start state to each target, no mover twice in a row, found by
/// breadth-first search over (state, last mover) pairs.
/// </summary>
/// <remarks>Cost O(n · movers · moves) for unilateral steps; each coalition adds O(|R_H(s)|) per state visited.</remarks>
public static class StatusQuoAnalysis
{
    /// <summary>Paths from <paramref name="from"/> to each of <paramref name="targets"/>.</summary>
    /// <param name="model">The model.</param>
    /// <param name="from">The start (usually the status quo).</param>
    /// <param name="targets">The targets (usually the equilibria of a concept).</param>
    /// <param name="coalitions">Coalitions (decision-maker indices) whose coalitional improvements count as steps, or null.</param>
    public static ImmutableArray<StatusQuoPath> Run(GraphModel model, int from, IEnumerable<int> targets, IReadOnlyList<IReadOnlyList<int>>? coalitions = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(targets);
        if ((uint)from >= (uint)model.StateCount)
        {
            throw new ArgumentOutOfRangeException(nameof(from), from, $"Must be in [0, {model.StateCount}).");
        }

        var movers = StabilityAnalysis.MoversOf(model, null);
        var blocks = (coalitions ?? []).Select(c => c.Distinct().Order().ToArray()).ToArray();
        int dms = movers.Length;
        var previous = new Dictionary<(int State, int Last), ((int State, int Last) Node, string Mover)>();
        var reached = new Dictionary<int, (int State, int Last)>();
        var queue = new Queue<(int State, int Last)>();
        var start = (from, -1);
        previous[start] = (start, string.Empty);
        reached[from] = start;
        queue.Enqueue(start);
        var buffer = new int[movers.Max(m => m.MaxMoves)];
        while (queue.Count > 0)
        {
            var (u, last) = queue.Dequeue();
            for (int d = 0; d < dms; d++)
            {
                if (d == last)
                {
                    continue;
                }

                int count = movers[d].Moves(model, u, buffer);
                for (int e = 0; e < count; e++)
                {
                    if (movers[d].Improves(model, u, buffer[e]))
                    {
                        Visit((buffer[e], d), (u, last), movers[d].Name);
                    }
                }
            }

            for (int c = 0; c < blocks.Length; c++)
            {
                if (dms + c == last)
                {
                    continue;
                }

                foreach (var ci in CoalitionAnalysis.Improvements(model, movers, blocks[c], u))
                {
                    Visit((ci.To, dms + c), (u, last), string.Join("+", blocks[c].Select(d => model.DecisionMakers[d])));
                }
            }
        }

        void Visit((int State, int Last) node, (int State, int Last) prev, string mover)
        {
            if (previous.TryAdd(node, (prev, mover)))
            {
                reached.TryAdd(node.State, node);
                queue.Enqueue(node);
            }
        }

        var result = ImmutableArray.CreateBuilder<StatusQuoPath>();
        foreach (int target in targets)
        {
            if (!reached.TryGetValue(target, out var node))
            {
                result.Add(new StatusQuoPath(from, target, false, []));
                continue;
            }

            var steps = new List<Move>();
            while (node != start)
            {
                var (prev, mover) = previous[node];
                steps.Add(new Move(prev.State, node.State, mover));
                node = prev;
            }

            steps.Reverse();
            result.Add(new StatusQuoPath(from, target, true, [.. steps]));
        }

        return result.ToImmutable();
    }
}
