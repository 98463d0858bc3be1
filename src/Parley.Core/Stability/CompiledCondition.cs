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

    private CompiledCondition(int[] bits, bool[] table)
    {
        this.bits = bits;
        this.table = table;
    }

    public static CompiledCondition Compile(OptionCondition condition, Func<string, int> bitOf)
    {
        var distinct = condition.OptionIds().Distinct(StringComparer.Ordinal).ToArray();
        if (distinct.Length > MaxTableBits)
        {
            throw new ArgumentException($"A condition may mention at most {MaxTableBits} distinct options; '{condition}' mentions {distinct.Length}.", nameof(condition));
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
        int row = 0;
        for (int i = 0; i < bits.Length; i++)
        {
            row |= ((code >> bits[i]) & 1) << i;
        }

        return table[row];
    }
}
