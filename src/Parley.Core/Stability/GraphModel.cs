using System.Collections.Immutable;
using System.Numerics;
using Parley.Core.Model.Conflicts;
using Parley.Core.Threading;

namespace Parley.Core.Stability;

/// <summary>
/// The graph model of a conflict, built once into arrays: feasible states as dense indices 0..n−1 in
/// gmcr-py's order (ascending decimal code; the ordered state number is index + 1), each decision
/// maker's ranks as an int array (higher is better, ties equal), and the move structure. Moves are not
/// stored: in option form they are computed from option bits when needed, so memory is O(n × DMs).
/// </summary>
/// <remarks>
/// A model built from explicit moves (<see cref="FromExplicitMoves"/>) keeps them as adjacency lists;
/// it has no option structure, so simultaneous (SIM) stability and coalition partitions do not apply.
/// </remarks>
public sealed class GraphModel
{
    private const int DenseIndexMaxBits = 26;
    private readonly int[]? codes;
    private readonly int[]? index;
    private readonly int[][] ranks;
    private readonly int[][]? moveStart;
    private readonly int[][]? moveTarget;

    private GraphModel(
        ImmutableArray<string> decisionMakers,
        int stateCount,
        int optionCount,
        int[]? codes,
        int[]? index,
        int[] dmMask,
        int[] dmForwardOnly,
        int[] dmBackwardOnly,
        int[][] ranks,
        int[][]? moveStart,
        int[][]? moveTarget,
        ImmutableArray<string> stateNames,
        ImmutableArray<string> optionNames,
        int? statusQuo)
    {
        DecisionMakers = decisionMakers;
        StateCount = stateCount;
        OptionCount = optionCount;
        this.codes = codes;
        this.index = index;
        DecisionMakerMask = dmMask;
        ForwardOnlyMask = dmForwardOnly;
        BackwardOnlyMask = dmBackwardOnly;
        this.ranks = ranks;
        this.moveStart = moveStart;
        this.moveTarget = moveTarget;
        StateNames = stateNames;
        OptionNames = optionNames;
        StatusQuo = statusQuo;
    }

    /// <summary>Names (actor ids) of the decision makers, in bit order.</summary>
    public ImmutableArray<string> DecisionMakers { get; }

    /// <summary>Number of feasible states n.</summary>
    public int StateCount { get; }

    /// <summary>Number of options m (0 for a model built from explicit moves).</summary>
    public int OptionCount { get; }

    /// <summary>Option names in bit order (empty for explicit moves).</summary>
    public ImmutableArray<string> OptionNames { get; }

    /// <summary>Option ids in bit order (empty for explicit moves): with <see cref="StateId"/>, a state's name that survives levers.</summary>
    public ImmutableArray<string> OptionIds { get; private init; } = [];

    /// <summary>Display names of the decision makers, in bit order (the ids when none are given).</summary>
    public ImmutableArray<string> DecisionMakerNames { get; private init; } = [];

    /// <summary>State names for a model built from explicit moves (empty in option form).</summary>
    public ImmutableArray<string> StateNames { get; }

    /// <summary>The status quo state index, or null.</summary>
    public int? StatusQuo { get; }

    /// <summary>True when states are option vectors (moves follow from option bits).</summary>
    public bool IsOptionForm => codes is not null;

    internal int[] DecisionMakerMask { get; }

    internal int[] ForwardOnlyMask { get; }

    internal int[] BackwardOnlyMask { get; }

    internal bool AllFeasible => codes is not null && index is null && StateCount == 1 << OptionCount;

    /// <summary>Builds the model of <paramref name="conflict"/>.</summary>
    /// <exception cref="ArgumentException">No state is feasible, the status quo is infeasible, or a ranking does not list every feasible state exactly once.</exception>
    public static GraphModel FromConflict(Conflict conflict) =>
        TryFromConflict(conflict, out var problem) ?? throw new ArgumentException(problem!.Message, nameof(conflict));

    /// <summary>
    /// Builds the model of <paramref name="conflict"/>, or says why it cannot be built: no state is
    /// feasible, the status quo is infeasible, or a ranking does not list every feasible state exactly
    /// once. What readers and levers call on a conflict the user wrote.
    /// </summary>
    public static GraphModel? TryFromConflict(Conflict conflict, out GraphModelProblem? problem)
        => TryBuild(conflict, out problem);

    /// <summary>
    /// Checks what does not depend on preferences: that some state is feasible and that the status quo
    /// (when there is one) is among the feasible states. Returns the model of the feasible states with
    /// neutral preferences, or null with the problem. The one check that the scenario reader and the
    /// variants (a lever that fixes or forbids an option) both make.
    /// </summary>
    public static GraphModel? TryFeasibleStates(Conflict conflict, out GraphModelProblem? problem)
    {
        ArgumentNullException.ThrowIfNull(conflict);
        var neutral = new Conflict(
            [.. conflict.DecisionMakers.Select(d => d with { Preferences = new OptionPrioritization([]) })],
            conflict.Infeasibilities,
            conflict.StatusQuo,
            conflict.Coalitions);
        return TryBuild(neutral, out problem);
    }

    private static GraphModel? TryBuild(Conflict conflict, out GraphModelProblem? problem)
    {
        ArgumentNullException.ThrowIfNull(conflict);
        int m = conflict.AllOptions.Count();
        int dms = conflict.DecisionMakers.Length;
        var options = conflict.AllOptions.ToArray();
        var dmMask = new int[dms];
        var fwd = new int[dms];
        var back = new int[dms];
        int bit = 0;
        for (int d = 0; d < dms; d++)
        {
            foreach (var option in conflict.DecisionMakers[d].Options)
            {
                dmMask[d] |= 1 << bit;
                if (option.Reversibility == OptionReversibility.ForwardOnly)
                {
                    fwd[d] |= 1 << bit;
                }
                else if (option.Reversibility == OptionReversibility.BackwardOnly)
                {
                    back[d] |= 1 << bit;
                }

                bit++;
            }
        }

        var infeasible = conflict.Infeasibilities.Select(i => CompiledCondition.Compile(i.Condition, conflict.BitOf)).ToArray();
        int[] codes = FeasibleCodes(m, infeasible);
        if (codes.Length == 0)
        {
            problem = new GraphModelProblem(GraphModelProblemKind.NoFeasibleState, "The infeasibility conditions rule out every state; no feasible state remains.");
            return null;
        }

        int[]? index = null;
        if (codes.Length != 1 << m && m <= DenseIndexMaxBits)
        {
            index = new int[1 << m];
            Array.Fill(index, -1);
            for (int i = 0; i < codes.Length; i++)
            {
                index[codes[i]] = i;
            }
        }

        int? statusQuo = null;
        if (conflict.StatusQuo is { } sq)
        {
            int code = 0;
            foreach (var id in sq)
            {
                code |= 1 << conflict.BitOf(id);
            }

            int s = Lookup(codes, index, code);
            if (s < 0)
            {
                var broken = conflict.Infeasibilities.FirstOrDefault(i => i.Condition.Holds(sq.Contains));
                string which = broken is null ? string.Empty : $": it meets the condition '{broken.Description ?? broken.Condition.ToString()}'";
                problem = new GraphModelProblem(GraphModelProblemKind.InfeasibleStatusQuo, $"The status quo ({(sq.IsEmpty ? "no option taken" : string.Join(", ", sq))}) is an infeasible state{which}.", broken);
                return null;
            }

            statusQuo = s;
        }

        var ranks = new int[dms][];
        for (int d = 0; d < dms; d++)
        {
            var dm = conflict.DecisionMakers[d];
            string? wrong = null;
            ranks[d] = dm.Preferences switch
            {
                OptionPrioritization p => PrioritizationRanks(codes, p, conflict.BitOf),
                StateRanking r => TierRanks(codes.Length, r.TiersBestFirst.Select(t => (IReadOnlyList<int>)[.. t.Select(o => o - 1)]).ToList(), dm.ActorId, out wrong),
                _ => [],
            };
            if (ranks[d].Length == 0 || wrong is not null)
            {
                problem = new GraphModelProblem(GraphModelProblemKind.BadRanking, wrong ?? $"Decision maker '{dm.ActorId}' has no preferences.");
                return null;
            }
        }

        problem = null;
        return new GraphModel(
            [.. conflict.DecisionMakers.Select(d => d.ActorId)],
            codes.Length,
            m,
            codes,
            index,
            dmMask,
            fwd,
            back,
            ranks,
            null,
            null,
            [],
            [.. options.Select(o => o.Name)],
            statusQuo)
        {
            OptionIds = [.. options.Select(o => o.Id)],
            DecisionMakerNames = [.. conflict.DecisionMakers.Select(d => string.IsNullOrWhiteSpace(d.Name) ? d.ActorId : d.Name)],
        };
    }

    /// <summary>
    /// Builds a graph model from explicit moves (graph form), for conflicts given as a state graph rather
    /// than by options. States are 0-based indices.
    /// </summary>
    /// <param name="decisionMakers">Names of the decision makers.</param>
    /// <param name="stateNames">One name per state.</param>
    /// <param name="moves">Per decision maker, its moves as (from, to) pairs.</param>
    /// <param name="tiersBestFirst">Per decision maker, its ranking: tiers of tied 0-based states, best first.</param>
    /// <param name="statusQuo">The status quo, or null.</param>
    public static GraphModel FromExplicitMoves(
        IReadOnlyList<string> decisionMakers,
        IReadOnlyList<string> stateNames,
        IReadOnlyList<IReadOnlyList<(int From, int To)>> moves,
        IReadOnlyList<IReadOnlyList<IReadOnlyList<int>>> tiersBestFirst,
        int? statusQuo = null)
    {
        ArgumentNullException.ThrowIfNull(decisionMakers);
        ArgumentNullException.ThrowIfNull(stateNames);
        ArgumentNullException.ThrowIfNull(moves);
        ArgumentNullException.ThrowIfNull(tiersBestFirst);
        int dms = decisionMakers.Count;
        int n = stateNames.Count;
        if (dms < 2 || moves.Count != dms || tiersBestFirst.Count != dms || n == 0)
        {
            throw new ArgumentException("Need at least two decision makers, one move list and one ranking per decision maker, and at least one state.");
        }

        if (statusQuo is { } q && (q < 0 || q >= n))
        {
            throw new ArgumentOutOfRangeException(nameof(statusQuo), statusQuo, $"The status quo must be a state index in [0, {n}).");
        }

        var starts = new int[dms][];
        var targets = new int[dms][];
        var ranks = new int[dms][];
        for (int d = 0; d < dms; d++)
        {
            var list = moves[d].Distinct().OrderBy(e => e.From).ThenBy(e => e.To).ToArray();
            starts[d] = new int[n + 1];
            targets[d] = new int[list.Length];
            foreach (var (from, to) in list)
            {
                if (from < 0 || from >= n || to < 0 || to >= n || from == to)
                {
                    throw new ArgumentException($"Move {from}→{to} of '{decisionMakers[d]}' is not between two distinct states in [0, {n}).", nameof(moves));
                }

                starts[d][from + 1]++;
            }

            for (int s = 0; s < n; s++)
            {
                starts[d][s + 1] += starts[d][s];
            }

            for (int e = 0; e < list.Length; e++)
            {
                targets[d][e] = list[e].To;
            }

            ranks[d] = TierRanks(n, tiersBestFirst[d], decisionMakers[d], out string? wrong);
            if (wrong is not null)
            {
                throw new ArgumentException(wrong, nameof(tiersBestFirst));
            }
        }

        return new GraphModel([.. decisionMakers], n, 0, null, null, new int[dms], new int[dms], new int[dms], ranks, starts, targets, [.. stateNames], [], statusQuo)
        {
            DecisionMakerNames = [.. decisionMakers],
        };
    }

    /// <summary>The same model with decision maker <paramref name="decisionMaker"/>'s ranks replaced (higher is better, one per state).</summary>
    public GraphModel WithRanks(int decisionMaker, ReadOnlySpan<int> rank)
    {
        if ((uint)decisionMaker >= (uint)DecisionMakers.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(decisionMaker), decisionMaker, $"Must be in [0, {DecisionMakers.Length}).");
        }

        if (rank.Length != StateCount)
        {
            throw new ArgumentException($"Needs {StateCount} ranks, got {rank.Length}.", nameof(rank));
        }

        var copy = (int[][])ranks.Clone();
        copy[decisionMaker] = rank.ToArray();
        return new GraphModel(DecisionMakers, StateCount, OptionCount, codes, index, DecisionMakerMask, ForwardOnlyMask, BackwardOnlyMask, copy, moveStart, moveTarget, StateNames, OptionNames, StatusQuo)
        {
            OptionIds = OptionIds,
            DecisionMakerNames = DecisionMakerNames,
        };
    }

    /// <summary>
    /// The same model in which the options of <paramref name="frozenBits"/> can no longer change: every
    /// move that would switch one of them is removed, so from any state they stay as they are there. The
    /// states, their numbering and every ranking are unchanged (a counterfactual, not a lever).
    /// </summary>
    /// <exception cref="ArgumentException">The model has no option form, or a bit is out of range.</exception>
    public GraphModel WithFrozenOptions(IEnumerable<int> frozenBits)
    {
        ArgumentNullException.ThrowIfNull(frozenBits);
        if (codes is null)
        {
            throw new ArgumentException("Options can be frozen only in a model in option form.", nameof(frozenBits));
        }

        int frozen = 0;
        foreach (int bit in frozenBits)
        {
            if ((uint)bit >= (uint)OptionCount)
            {
                throw new ArgumentOutOfRangeException(nameof(frozenBits), bit, $"Option bits must be in [0, {OptionCount}).");
            }

            frozen |= 1 << bit;
        }

        var fwd = (int[])ForwardOnlyMask.Clone();
        var back = (int[])BackwardOnlyMask.Clone();
        for (int d = 0; d < fwd.Length; d++)
        {
            // An option that may be switched neither on (forward-only blocks off) nor off is frozen.
            fwd[d] |= frozen & DecisionMakerMask[d];
            back[d] |= frozen & DecisionMakerMask[d];
        }

        return new GraphModel(DecisionMakers, StateCount, OptionCount, codes, index, DecisionMakerMask, fwd, back, ranks, moveStart, moveTarget, StateNames, OptionNames, StatusQuo)
        {
            OptionIds = OptionIds,
            DecisionMakerNames = DecisionMakerNames,
        };
    }

    /// <summary>The option bits <paramref name="decisionMaker"/> controls, in bit order (empty for explicit moves).</summary>
    public ImmutableArray<int> OptionBitsOf(int decisionMaker)
    {
        if ((uint)decisionMaker >= (uint)DecisionMakers.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(decisionMaker), decisionMaker, $"Must be in [0, {DecisionMakers.Length}).");
        }

        var bits = ImmutableArray.CreateBuilder<int>();
        for (int b = 0; b < OptionCount; b++)
        {
            if (((DecisionMakerMask[decisionMaker] >> b) & 1) != 0)
            {
                bits.Add(b);
            }
        }

        return bits.ToImmutable();
    }

    /// <summary>Whether option <paramref name="bit"/> is taken at <paramref name="state"/> (false for explicit moves).</summary>
    public bool IsTaken(int state, int bit) => codes is not null && (uint)bit < (uint)OptionCount && ((codes[state] >> bit) & 1) != 0;

    /// <summary>
    /// A state's stable id: the ids of the options taken, in bit order, joined by '+' ("none" when no
    /// option is taken); the state name for explicit moves. Unlike the ordered state number it names the
    /// same state after a lever removes or fixes options.
    /// </summary>
    public string StateId(int state)
    {
        if (codes is null)
        {
            return StateNames[state];
        }

        var taken = new List<string>();
        for (int b = 0; b < OptionCount; b++)
        {
            if (((codes[state] >> b) & 1) != 0)
            {
                taken.Add(OptionIds.IsDefaultOrEmpty ? OptionNames[b] : OptionIds[b]);
            }
        }

        return taken.Count == 0 ? "none" : string.Join("+", taken);
    }

    /// <summary>The ordered state number (1-based, gmcr-py numbering) of state index <paramref name="state"/>.</summary>
    public static int Ordinal(int state) => state + 1;

    /// <summary>The decimal code of <paramref name="state"/> (sum of 2^bit over taken options); for explicit moves, the index.</summary>
    public int DecimalCode(int state) => codes is null ? state : codes[state];

    /// <summary>The state with decimal code <paramref name="code"/>, or −1 when it is infeasible.</summary>
    public int StateOfCode(int code) => codes is null ? (code >= 0 && code < StateCount ? code : -1) : Lookup(codes, index, code);

    /// <summary>The rank of <paramref name="state"/> for <paramref name="decisionMaker"/> (higher is better).</summary>
    public int Rank(int decisionMaker, int state) => ranks[decisionMaker][state];

    /// <summary>The states <paramref name="decisionMaker"/> can reach from <paramref name="state"/> in one move, in state order.</summary>
    public ImmutableArray<int> MovesFrom(int decisionMaker, int state)
    {
        if ((uint)decisionMaker >= (uint)DecisionMakers.Length || (uint)state >= (uint)StateCount)
        {
            throw new ArgumentOutOfRangeException(nameof(state), $"Decision maker must be in [0, {DecisionMakers.Length}) and state in [0, {StateCount}).");
        }

        var buffer = new int[MaxMoves(DecisionMakerMask[decisionMaker], decisionMaker)];
        int count = Moves(DecisionMakerMask[decisionMaker], ForwardOnlyMask[decisionMaker], BackwardOnlyMask[decisionMaker], decisionMaker, state, buffer);
        var moves = buffer.AsSpan(0, count);
        moves.Sort();
        return [.. moves];
    }

    internal ReadOnlySpan<int> Ranks(int decisionMaker) => ranks[decisionMaker];

    /// <summary>The rank array itself, for the kernels; callers must not write to it.</summary>
    internal int[] RankArray(int decisionMaker) => ranks[decisionMaker];

    internal int Code(int state) => codes![state];

    /// <summary>Writes the states a mover with these masks can reach from <paramref name="state"/> in one move; returns how many.</summary>
    internal int Moves(int dmMask, int fwdMask, int backMask, int explicitDm, int state, Span<int> buffer)
    {
        if (codes is null)
        {
            var start = moveStart![explicitDm];
            int count = start[state + 1] - start[state];
            moveTarget![explicitDm].AsSpan(start[state], count).CopyTo(buffer);
            return count;
        }

        int code = codes[state];
        int own = code & dmMask;
        int rest = code & ~dmMask;
        int k = 0;

        // Every subset pattern of the mover's options is one move (gmcr-py option form), minus the
        // patterns that switch an irreversible option the forbidden way.
        int q = 0;
        do
        {
            if (q != own)
            {
                int on = q & ~own;
                int off = own & ~q;
                if ((on & backMask) == 0 && (off & fwdMask) == 0)
                {
                    int t = Lookup(codes, index, rest | q);
                    if (t >= 0)
                    {
                        buffer[k++] = t;
                    }
                }
            }

            q = (q - dmMask) & dmMask;
        }
        while (q != 0);
        return k;
    }

    internal int MaxMoves(int dmMask, int explicitDm)
    {
        if (codes is null)
        {
            int max = 0;
            var start = moveStart![explicitDm];
            for (int s = 0; s < StateCount; s++)
            {
                max = Math.Max(max, start[s + 1] - start[s]);
            }

            return max;
        }

        return (1 << BitOperations.PopCount((uint)dmMask)) - 1;
    }

    private static int Lookup(int[] codes, int[]? index, int code)
    {
        if (index is not null)
        {
            return (uint)code < (uint)index.Length ? index[code] : -1;
        }

        if (codes.Length > 0 && codes[^1] == codes.Length - 1)
        {
            return (uint)code < (uint)codes.Length ? code : -1;
        }

        int i = Array.BinarySearch(codes, code);
        return i >= 0 ? i : -1;
    }

    private static int[] FeasibleCodes(int m, CompiledCondition[] infeasible)
    {
        int total = 1 << m;
        if (infeasible.Length == 0)
        {
            var all = new int[total];
            for (int c = 0; c < total; c++)
            {
                all[c] = c;
            }

            return all;
        }

        var feasible = new bool[total];
        Parallel.For(0, (total + 65535) / 65536, ParallelWork.Options(), block =>
        {
            int end = Math.Min(total, (block + 1) * 65536);
            for (int c = block * 65536; c < end; c++)
            {
                bool ok = true;
                foreach (var cond in infeasible)
                {
                    if (cond.Holds(c))
                    {
                        ok = false;
                        break;
                    }
                }

                feasible[c] = ok;
            }
        });
        int count = 0;
        foreach (bool f in feasible)
        {
            count += f ? 1 : 0;
        }

        var codes = new int[count];
        int k = 0;
        for (int c = 0; c < total; c++)
        {
            if (feasible[c])
            {
                codes[k++] = c;
            }
        }

        return codes;
    }

    private static int[] PrioritizationRanks(int[] codes, OptionPrioritization p, Func<string, int> bitOf)
    {
        var statements = p.Statements.Select(s => CompiledCondition.Compile(s.Condition, bitOf)).ToArray();
        int k = statements.Length;
        var scores = new long[codes.Length];
        Parallel.For(0, (codes.Length + 65535) / 65536, ParallelWork.Options(), block =>
        {
            int end = Math.Min(codes.Length, (block + 1) * 65536);
            for (int s = block * 65536; s < end; s++)
            {
                long score = 0;
                for (int idx = 0; idx < k; idx++)
                {
                    if (statements[idx].Holds(codes[s]))
                    {
                        score += 1L << (k - 1 - idx);
                    }
                }

                scores[s] = score;
            }
        });

        // Dense ranks 1..r over the distinct scores: equal scores are ties.
        var distinct = new HashSet<long>();
        foreach (long score in scores)
        {
            distinct.Add(score);
        }

        var sorted = distinct.ToArray();
        Array.Sort(sorted);
        var ranks = new int[codes.Length];
        Parallel.For(0, (codes.Length + 65535) / 65536, ParallelWork.Options(), block =>
        {
            int end = Math.Min(codes.Length, (block + 1) * 65536);
            for (int s = block * 65536; s < end; s++)
            {
                ranks[s] = Array.BinarySearch(sorted, scores[s]) + 1;
            }
        });
        return ranks;
    }

    private static int[] TierRanks(int n, IReadOnlyList<IReadOnlyList<int>> tiers, string who, out string? problem)
    {
        var ranks = new int[n];
        problem = null;
        for (int t = 0; t < tiers.Count; t++)
        {
            foreach (int s in tiers[t])
            {
                if (s < 0 || s >= n)
                {
                    problem = $"The ranking of '{who}' names state {s + 1}, but there are only {n} feasible states.";
                    return ranks;
                }

                if (ranks[s] != 0)
                {
                    problem = $"The ranking of '{who}' lists state {s + 1} twice.";
                    return ranks;
                }

                ranks[s] = tiers.Count - t;
            }
        }

        int missing = Array.IndexOf(ranks, 0);
        if (missing >= 0)
        {
            problem = $"The ranking of '{who}' does not list state {missing + 1}; it must list every feasible state exactly once.";
        }

        return ranks;
    }
}
