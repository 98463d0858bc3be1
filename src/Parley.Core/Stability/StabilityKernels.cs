using Parley.Core.Model.Conflicts;
namespace Parley.Core.Stability;

/// <summary>
/// The whole-state-space computations behind <see cref="StabilityAnalysis"/>. Every sanction question
/// reduces to one array per focal decision maker: T[x] = the lowest value the focal decision maker can
/// be pushed to from x by legal sequences of the other movers' moves (no mover twice in a row), found by
/// a fixed point over (state, last mover) pairs. A state s is then stable when every unilateral
/// improvement s1 has T[s1] ≤ rank(s). Each pass is a plain loop over states or fibres.
/// </summary>
internal static class StabilityKernels
{
    private const int Infinity = int.MaxValue;

    /// <summary>
    /// T[x] = min of <paramref name="value"/> over x and every state reachable from x by a legal sequence
    /// of moves (or, with <paramref name="improvementsOnly"/>, unilateral improvements) of the movers in
    /// <paramref name="sanctioners"/>. Including x itself never changes a verdict, because x is only
    /// asked about when it is an improvement, i.e. strictly above the threshold.
    /// </summary>
    public static int[] Reach(GraphModel model, Mover[] movers, MoverGroups?[] groups, int[] sanctioners, int[] value, bool improvementsOnly, ParallelOptions parallel)
    {
        int n = model.StateCount;
        int h = sanctioners.Length;

        // slots[j][x]: the lowest value reachable from x when mover sanctioners[j] moved last, so it may
        // not move next; slot h is "nobody has moved yet" and is the answer.
        var slots = new int[h + 1][];
        for (int j = 0; j <= h; j++)
        {
            slots[j] = (int[])value.Clone();
        }

        if (h == 0)
        {
            return slots[0];
        }

        var best = new int[n];
        bool changed = true;
        while (changed)
        {
            changed = false;
            for (int k = 0; k < h; k++)
            {
                var mover = movers[sanctioners[k]];
                Best(model, mover, groups[sanctioners[k]], slots[k], best, improvementsOnly, parallel);
                int kk = k;
                int blocks = MoverGroups.Blocks(n);
                var blockChanged = new bool[blocks];
                Parallel.For(0, blocks, parallel, block =>
                {
                    int end = Math.Min(n, (block + 1) * MoverGroups.BlockSize);
                    bool any = false;
                    for (int j = 0; j <= h; j++)
                    {
                        if (j == kk)
                        {
                            continue;
                        }

                        var slot = slots[j];
                        for (int x = block * MoverGroups.BlockSize; x < end; x++)
                        {
                            if (best[x] < slot[x])
                            {
                                slot[x] = best[x];
                                any = true;
                            }
                        }
                    }

                    blockChanged[block] = any;
                });
                changed |= Array.IndexOf(blockChanged, true) >= 0;
            }
        }

        return slots[h];
    }

    /// <summary>best[x] = min of source over the states the mover reaches from x in one move (or one improvement).</summary>
    private static void Best(GraphModel model, Mover mover, MoverGroups? groups, int[] source, int[] best, bool improvementsOnly, ParallelOptions parallel)
    {
        if (groups is not null)
        {
            var rank = model.RankArray(mover.Members[0]);
            Parallel.For(0, MoverGroups.Blocks(groups.Count), parallel, block =>
            {
                foreach (int g in MoverGroups.BlockRange(block, groups.Count))
                {
                    var members = groups.Members.AsSpan(groups.Start[g], groups.Start[g + 1] - groups.Start[g]);
                    if (improvementsOnly)
                    {
                        // Members are best first: the improvements from x are the members of strictly
                        // better tiers, a prefix.
                        int running = Infinity;
                        int i = 0;
                        while (i < members.Length)
                        {
                            int j = i;
                            while (j < members.Length && rank[members[j]] == rank[members[i]])
                            {
                                best[members[j]] = running;
                                j++;
                            }

                            for (int t = i; t < j; t++)
                            {
                                running = Math.Min(running, source[members[t]]);
                            }

                            i = j;
                        }
                    }
                    else
                    {
                        // Every other member is one move away: the minimum over the group without x.
                        int min1 = Infinity, min2 = Infinity, arg = -1;
                        foreach (int x in members)
                        {
                            int v = source[x];
                            if (v < min1)
                            {
                                min2 = min1;
                                min1 = v;
                                arg = x;
                            }
                            else if (v < min2)
                            {
                                min2 = v;
                            }
                        }

                        foreach (int x in members)
                        {
                            best[x] = x == arg ? min2 : min1;
                        }
                    }
                }
            });
            return;
        }

        int n = model.StateCount;
        Parallel.For(0, MoverGroups.Blocks(n), parallel, block =>
        {
            var buffer = new int[mover.MaxMoves];
            int end = Math.Min(n, (block + 1) * MoverGroups.BlockSize);
            for (int x = block * MoverGroups.BlockSize; x < end; x++)
            {
                int count = mover.Moves(model, x, buffer);
                int b = Infinity;
                for (int t = 0; t < count; t++)
                {
                    int y = buffer[t];
                    if (source[y] < b && (!improvementsOnly || mover.Improves(model, x, y)))
                    {
                        b = source[y];
                    }
                }

                best[x] = b;
            }
        });
    }

    /// <summary>For SMR: w[x] = the best rank the focal decision maker reaches from x by staying or by one move.</summary>
    public static int[] BestResponse(GraphModel model, Mover mover, MoverGroups? groups, ParallelOptions parallel)
    {
        int n = model.StateCount;
        var rank = model.RankArray(mover.Members[0]);
        var w = new int[n];
        if (groups is not null)
        {
            for (int g = 0; g < groups.Count; g++)
            {
                int a = groups.Start[g], b = groups.Start[g + 1];
                for (int i = a; i < b; i++)
                {
                    w[groups.Members[i]] = rank[groups.Members[a]];
                }
            }

            return w;
        }

        Parallel.For(0, MoverGroups.Blocks(n), parallel, block =>
        {
            var buffer = new int[mover.MaxMoves];
            int end = Math.Min(n, (block + 1) * MoverGroups.BlockSize);
            for (int x = block * MoverGroups.BlockSize; x < end; x++)
            {
                int count = mover.Moves(model, x, buffer);
                int v = rank[x];
                for (int t = 0; t < count; t++)
                {
                    v = Math.Max(v, rank[buffer[t]]);
                }

                w[x] = v;
            }
        });
        return w;
    }

    /// <summary>
    /// stable[s] = 1 when every unilateral improvement s1 of the mover from s is deterred: some member m
    /// has sanction[m][s1] ≤ rank_m(s). With <paramref name="sanction"/> null (Nash) no improvement is deterred.
    /// </summary>
    public static void Check(GraphModel model, Mover mover, MoverGroups? groups, int[][]? sanction, byte[] stable, ParallelOptions parallel)
    {
        if (groups is not null)
        {
            var rank = model.RankArray(mover.Members[0]);
            var t = sanction?[0];
            Parallel.For(0, MoverGroups.Blocks(groups.Count), parallel, block =>
            {
                foreach (int g in MoverGroups.BlockRange(block, groups.Count))
                {
                    var members = groups.Members.AsSpan(groups.Start[g], groups.Start[g + 1] - groups.Start[g]);

                    // Running maximum of the sanction values over strictly better tiers.
                    int worst = int.MinValue;
                    int i = 0;
                    while (i < members.Length)
                    {
                        int j = i;
                        int r = rank[members[i]];
                        while (j < members.Length && rank[members[j]] == r)
                        {
                            stable[members[j]] = (byte)(i == 0 || (t is not null && worst <= r) ? 1 : 0);
                            j++;
                        }

                        for (int k = i; k < j; k++)
                        {
                            worst = Math.Max(worst, t is null ? Infinity : t[members[k]]);
                        }

                        i = j;
                    }
                }
            });
            return;
        }

        int n = model.StateCount;
        Parallel.For(0, MoverGroups.Blocks(n), parallel, block =>
        {
            var buffer = new int[mover.MaxMoves];
            int end = Math.Min(n, (block + 1) * MoverGroups.BlockSize);
            for (int s = block * MoverGroups.BlockSize; s < end; s++)
            {
                int count = mover.Moves(model, s, buffer);
                bool ok = true;
                for (int k = 0; k < count && ok; k++)
                {
                    int y = buffer[k];
                    if (!mover.Improves(model, s, y))
                    {
                        continue;
                    }

                    bool deterred = false;
                    if (sanction is not null)
                    {
                        for (int m = 0; m < mover.Members.Length && !deterred; m++)
                        {
                            deterred = sanction[m][y] <= model.Rank(mover.Members[m], s);
                        }
                    }

                    ok = deterred;
                }

                stable[s] = (byte)(ok ? 1 : 0);
            }
        });
    }
}
