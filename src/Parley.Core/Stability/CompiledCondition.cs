using Parley.Core.Model.Conflicts;
namespace Parley.Core.Stability;

/// <summary>
/// An <see cref="OptionCondition"/> compiled against bit positions: a truth table over the bits it
/// mentions, so evaluating it on a state code costs one gather of those bits and one lookup.
/// </summary>
internal sealed class CompiledCondition
{
    private const int MaxTableBits = 20;
    private readonly int[] bits;
    private readonly bool[] table;
    private readonly OptionCondition? tree;
    private readonly Func<string, int>? bitOf;

    private CompiledCondition(int[] bits, bool[] table, OptionCondition? tree = null, Func<string, int>? bitOf = null)
    {
        this.bits = bits;
        this.table = table;
        this.tree = tree;
        this.bitOf = bitOf;
    }

    public static CompiledCondition Compile(OptionCondition condition, Func<string, int> bitOf)
    {
        var distinct = condition.OptionIds().Distinct(StringComparer.Ordinal).ToArray();
        if (distinct.Length > MaxTableBits)
        {
            // Too many options for a truth table: evaluate the expression itself (slower, same answer).
            return new CompiledCondition([], [], condition, bitOf);
        }

        var bits = distinct.Select(bitOf).ToArray();
        var table = new bool[1 << distinct.Length];
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < distinct.Length; i++)
        {
            positions[distinct[i]] = i;
        }

        for (int row = 0; row < table.Length; row++)
        {
            int r = row;
            table[row] = condition.Holds(id => ((r >> positions[id]) & 1) != 0);
        }

        return new CompiledCondition(bits, table);
    }

    public bool Holds(int code)
    {
        if (tree is not null)
        {
            return tree.Holds(id => ((code >> bitOf!(id)) & 1) != 0);
        }

        int row = 0;
        for (int i = 0; i < bits.Length; i++)
        {
            row |= ((code >> bits[i]) & 1) << i;
        }

        return table[row];
    }
}
