using System.Numerics;
using System.Runtime.Intrinsics.X86;
using Parley.Core.Model.Conflicts;

namespace Parley.Core.Stability;

/// <summary>
/// The states grouped by a mover's fibre: states that agree on every option the mover does not control.
/// In option form a mover reaches exactly the other feasible members of its fibre (minus moves that
/// break irreversibility). Members are sorted by the mover's rank, best first, so unilateral improvements
/// are a prefix. Compressed sparse rows: n + groups ints.
/// </summary>
internal sealed class MoverGroups
{
    private MoverGroups(int[] start, int[] members, int keep, int[] rank)
    {
        Start = start;
        Members = members;
        Keep = keep;
        this.rank = rank;
    }

    private readonly int[] rank;

    /// <summary>The option bits the mover does not control: the fibre key.</summary>
    public int Keep { get; }

    /// <summary>The members of <paramref name="state"/>'s fibre that the mover strictly prefers to it (its unilateral improvements).</summary>
    public ReadOnlySpan<int> Improvements(int state, int code)
    {
        int g = Compress(code, Keep);
        int a = Start[g], b = Start[g + 1];
        int r = rank[state];

        // Members are best first: binary search for the first member ranked no higher than the state.
        int lo = a, hi = b;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (rank[Members[mid]] > r)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return Members.AsSpan(a, lo - a);
    }

    public int[] Start { get; }

    public int[] Members { get; }

    public int Count => Start.Length - 1;

    /// <summary>True when groups can stand for the move structure: option form, one decision maker, every option reversible.</summary>
    public static bool Applies(GraphModel model, Mover mover) =>
        model.IsOptionForm && mover.IsSingleton && (mover.ForwardOnly | mover.BackwardOnly) == 0;

    public static MoverGroups Build(GraphModel model, Mover mover, ParallelOptions parallel) =>
        Build(model, mover, model.RankArray(mover.Members[0]), descending: true, parallel);

    /// <summary>Groups of <paramref name="mover"/>'s fibres sorted by <paramref name="rank"/> (which may be another decision maker's).</summary>
    public static MoverGroups Build(GraphModel model, Mover mover, int[] rank, bool descending, ParallelOptions parallel)
    {
        int n = model.StateCount;
        int keep = ((1 << model.OptionCount) - 1) & ~mover.Mask;
        int groupCount = 1 << BitOperations.PopCount((uint)keep);
        var start = new int[groupCount + 1];
        var key = new int[n];
        for (int s = 0; s < n; s++)
        {
            key[s] = Compress(model.Code(s), keep);
            start[key[s] + 1]++;
        }

        for (int g = 0; g < groupCount; g++)
        {
            start[g + 1] += start[g];
        }

        var fill = (int[])start.Clone();
        var members = new int[n];
        for (int s = 0; s < n; s++)
        {
            members[fill[key[s]]++] = s;
        }

        Parallel.For(0, Blocks(groupCount), parallel, block =>
        {
            var keys = new int[mover.MaxMoves + 1];
            foreach (int g in BlockRange(block, groupCount))
            {
                int a = start[g];
                int len = start[g + 1] - a;
                var span = members.AsSpan(a, len);
                for (int i = 0; i < len; i++)
                {
                    // Best first; equal ranks keep state order, so the result does not depend on threads.
                    keys[i] = descending ? -rank[span[i]] : rank[span[i]];
                }

                keys.AsSpan(0, len).Sort(span);
                SortTiesByState(keys.AsSpan(0, len), span);
            }
        });
        return new MoverGroups(start, members, keep, rank);
    }

    public const int BlockSize = 1024;

    public static int Blocks(int count) => (count + BlockSize - 1) / BlockSize;

    public static IEnumerable<int> BlockRange(int block, int count)
    {
        int end = Math.Min(count, (block + 1) * BlockSize);
        for (int i = block * BlockSize; i < end; i++)
        {
            yield return i;
        }
    }

    private static void SortTiesByState(Span<int> keys, Span<int> items)
    {
        int i = 0;
        while (i < keys.Length)
        {
            int j = i + 1;
            while (j < keys.Length && keys[j] == keys[i])
            {
                j++;
            }

            items[i..j].Sort();
            i = j;
        }
    }

    public static int Compress(int code, int keep)
    {
        if (Bmi2.IsSupported)
        {
            return (int)Bmi2.ParallelBitExtract((uint)code, (uint)keep);
        }

        int result = 0;
        int k = 0;
        for (int b = 0; b < 31; b++)
        {
            if (((keep >> b) & 1) != 0)
            {
                result |= ((code >> b) & 1) << k;
                k++;
            }
        }

        return result;
    }
}
