using System.Globalization;
using CsCheck;

namespace Parley.Fuzz.Tests;

/// <summary>
/// The fuzz property: no input, however mangled, ends in an exception other than cancellation, an exit code
/// of 70, a PAR999 or a hang. CI runs a fixed, seeded number of cases (about two minutes on two cores);
/// set <c>PARLEY_FUZZ_ITERATIONS</c> (and optionally <c>PARLEY_FUZZ_SEED</c>) to run as many as wanted:
/// <code>PARLEY_FUZZ_ITERATIONS=100000 dotnet test tests/Parley.Fuzz.Tests</code>
/// The count run is written to <c>fuzz-summary.txt</c> beside the test assembly, which <c>.ci/run</c> prints.
/// <c>PARLEY_FUZZ_START</c> starts at another case number (to split a long run into shards, each with its
/// own <c>PARLEY_FUZZ_SUMMARY</c> file), and <c>PARLEY_FUZZ_TRACE</c> names a file that holds the number of
/// the case running, to find one that crashes the test host.
/// </summary>
public sealed class FuzzTests(Xunit.Abstractions.ITestOutputHelper output)
{
    /// <summary>Cases run when <c>PARLEY_FUZZ_ITERATIONS</c> is not set.</summary>
    public const int CiIterations = 4000;

    /// <summary>The seed when <c>PARLEY_FUZZ_SEED</c> is not set.</summary>
    public const ulong CiSeed = 17;

    [Fact]
    public void EveryReaderAndLens_MutatedInputs_EndInDiagnosticsOrResults()
    {
        int iterations = Environment.GetEnvironmentVariable("PARLEY_FUZZ_ITERATIONS") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : CiIterations;
        ulong seed = Environment.GetEnvironmentVariable("PARLEY_FUZZ_SEED") is { } s ? ulong.Parse(s, CultureInfo.InvariantCulture) : CiSeed;
        int first = Environment.GetEnvironmentVariable("PARLEY_FUZZ_START") is { } f ? int.Parse(f, CultureInfo.InvariantCulture) : 0;
        string? trace = Environment.GetEnvironmentVariable("PARLEY_FUZZ_TRACE");
        var seeds = FuzzSeeds.All;
        var failures = new List<string>();
        int analysed = 0;
        int run = 0;
        for (int i = first; i < first + iterations; i++)
        {
            run++;
            if (trace is not null)
            {
                // The case about to run, for a crash that takes the test host down with it (a stack overflow).
                File.WriteAllText(trace, i.ToString(CultureInfo.InvariantCulture));
            }

            var pcg = new PCG(1, seed + (ulong)i);
            var fuzzCase = FuzzCase.Generator.Generate(pcg, null!, out _);
            var pool = fuzzCase.FromReadable && !FuzzSeeds.Readable.IsEmpty ? FuzzSeeds.Readable : seeds;
            var start = pool[fuzzCase.SeedIndex % pool.Length];
            var files = fuzzCase.Files(start);
            string? why = FuzzTarget.Run(start, files, fuzzCase.Json, fuzzCase.Command, out bool read);
            analysed += read ? 1 : 0;
            if (why is not null)
            {
                failures.Add($"case {i} (seed {seed}), from {start.Name}, saved in {Save(i, files)}: {why}");
                if (failures.Count >= 10)
                {
                    break;
                }
            }
        }

        string summary = string.Create(CultureInfo.InvariantCulture, $"fuzz: {run} inputs across {seeds.Select(x => x.Kind).Distinct().Count()} formats ({analysed} read and analysed; seed {seed}): {failures.Count} exceptions or hangs");
        File.WriteAllText(Environment.GetEnvironmentVariable("PARLEY_FUZZ_SUMMARY") ?? Path.Combine(AppContext.BaseDirectory, "fuzz-summary.txt"), summary + Environment.NewLine);
        output.WriteLine(summary);
        Assert.True(failures.Count == 0, summary + "\n" + string.Join("\n\n", failures));
    }

    [Fact]
    public void Seeds_CoverEveryFormatReadFromTheRepository()
    {
        var kinds = FuzzSeeds.All.Select(s => s.Kind).ToHashSet();

        Assert.Contains(FuzzKind.Scenario, kinds);
        Assert.Contains(FuzzKind.Gmcr, kinds);
        Assert.Contains(FuzzKind.GeniusXml, kinds);
        Assert.Contains(FuzzKind.GeniusWebJson, kinds);
        Assert.Contains(FuzzKind.KtabCsv, kinds);
        Assert.Contains(FuzzKind.KtabXml, kinds);
        Assert.Contains(FuzzKind.EumTable, kinds);
        Assert.Contains(FuzzKind.DeuTable, kinds);
    }

    [Theory]
    [InlineData(0, "a\rb\rc")]
    [InlineData(1, "a\r\nb\r\nc")]
    [InlineData(2, "a\nb\nc")]
    public void LineEndings_AnyMix_BecomeTheChosenEnding(int choice, string expected)
    {
        Assert.Equal(expected, new Mutation(MutationKind.LineEndings, 0, choice, 1).ApplyTo("a\r\nb\rc"));
    }

    [Fact]
    public void Generator_SameSeed_SameCase()
    {
        var a = FuzzCase.Generator.Generate(new PCG(1, 42), null!, out _);
        var b = FuzzCase.Generator.Generate(new PCG(1, 42), null!, out _);

        Assert.Equal(a.SeedIndex, b.SeedIndex);
        Assert.Equal(a.Mutations.ToArray(), b.Mutations.ToArray());
    }

    private static string Save(int iteration, System.Collections.Immutable.ImmutableArray<(string FileName, string Text)> files)
    {
        string folder = Path.Combine(Path.GetTempPath(), "parley-fuzz-failures", iteration.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        foreach (var (name, text) in files)
        {
            File.WriteAllText(Path.Combine(folder, name), text);
        }

        return folder;
    }
}
