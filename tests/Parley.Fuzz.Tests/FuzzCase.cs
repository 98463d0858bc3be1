using System.Collections.Immutable;
using CsCheck;

namespace Parley.Fuzz.Tests;

/// <summary>One generated input: a seed, which of its files to edit, the edits, and the output format to ask for.</summary>
/// <param name="SeedIndex">Index into <see cref="FuzzSeeds.All"/> (taken modulo their count).</param>
/// <param name="FileIndex">Which of the seed's files to edit (taken modulo their count).</param>
/// <param name="Mutations">The edits, applied in order.</param>
/// <param name="Json">True to run the commands with <c>--format json</c>.</param>
/// <param name="Command">Which of the kind's analysing commands to run when the input reads (taken modulo their count).</param>
/// <param name="FromReadable">True to start from a seed that reads without errors, so edits reach the lenses more often.</param>
public sealed record FuzzCase(int SeedIndex, int FileIndex, ImmutableArray<Mutation> Mutations, bool Json, int Command, bool FromReadable)
{
    private static readonly CsCheck.Gen<Mutation> MutationGenerator =
        from kind in CsCheck.Gen.Enum<MutationKind>()
        from position in CsCheck.Gen.Double[0, 0.999999]
        from choice in CsCheck.Gen.Int[0, 1000]
        from length in CsCheck.Gen.Int[1, 200]
        select new Mutation(kind, position, choice, length);

    /// <summary>The generator of cases (CsCheck): up to four edits of any seed.</summary>
    public static CsCheck.Gen<FuzzCase> Generator { get; } =
        from seed in CsCheck.Gen.Int[0, int.MaxValue]
        from file in CsCheck.Gen.Int[0, 7]
        from mutations in MutationGenerator.Array[1, 3]
        from json in CsCheck.Gen.Bool
        from command in CsCheck.Gen.Int[0, 1000]
        from readable in CsCheck.Gen.Int[0, 9]
        select new FuzzCase(seed, file, [.. mutations], json, command, readable < 7);

    /// <summary>The seed's files with the edits applied to the chosen one.</summary>
    public ImmutableArray<(string FileName, string Text)> Files(FuzzSeed seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        int target = FileIndex % seed.Files.Length;
        var files = seed.Files.ToBuilder();
        string text = files[target].Text;
        foreach (var m in Mutations)
        {
            text = m.ApplyTo(text);
        }

        files[target] = (files[target].FileName, text);
        return files.ToImmutable();
    }
}
