using System.Collections.Immutable;
using Parley.Tests;

namespace Parley.Fuzz.Tests;

/// <summary>
/// The inputs mutations start from: the bundled scenarios, every file of the valid, warning and invalid
/// corpora of every format, and, when <c>shared/reference</c> sits beside the clone, the public files of
/// the tools Parley reads (gmcr-py conflicts, KTAB and EUM tables, a GENIUS domain).
/// </summary>
public static class FuzzSeeds
{
    private static readonly Lazy<ImmutableArray<FuzzSeed>> AllSeeds = new(Load);

    private static readonly Lazy<ImmutableArray<FuzzSeed>> ReadableSeeds = new(() => [.. All.Where(FuzzTarget.Reads)]);

    /// <summary>Every seed, in a fixed order.</summary>
    public static ImmutableArray<FuzzSeed> All => AllSeeds.Value;

    /// <summary>The seeds that read without errors as they are, in the same order.</summary>
    public static ImmutableArray<FuzzSeed> Readable => ReadableSeeds.Value;

    private static ImmutableArray<FuzzSeed> Load()
    {
        var seeds = new List<FuzzSeed>();
        string testData = RepoPaths.InRepo("tests", "Parley.Formats.Tests", "TestData");
        foreach (string file in Files(RepoPaths.InRepo("scenarios"), "*.yaml"))
        {
            seeds.Add(One(FuzzKind.Scenario, file));
        }

        foreach (string folder in new[] { "valid", "warnings", "invalid" })
        {
            foreach (string file in Files(Path.Combine(testData, folder), "*.yaml"))
            {
                seeds.Add(One(FuzzKind.Scenario, file));
            }
        }

        foreach (string file in Files(Path.Combine(testData, "invalid-gmcr"), "*.gmcr"))
        {
            seeds.Add(One(FuzzKind.Gmcr, file));
        }

        foreach (string folder in Directory.GetDirectories(Path.Combine(testData, "invalid-genius")).Order(StringComparer.Ordinal))
        {
            bool json = File.Exists(Path.Combine(folder, "domain.json"));
            string ext = json ? "json" : "xml";
            seeds.Add(new FuzzSeed(json ? FuzzKind.GeniusWebJson : FuzzKind.GeniusXml, folder, [Named(Path.Combine(folder, $"domain.{ext}")), Named(Path.Combine(folder, $"profile.{ext}"))]));
        }

        foreach (string file in Files(Path.Combine(testData, "invalid-forecast"), "*.*").Where(f => !f.EndsWith(".expected", StringComparison.Ordinal)))
        {
            seeds.Add(One(ForecastKind(file), file));
        }

        AddReference(seeds);
        return [.. seeds];
    }

    private static void AddReference(List<FuzzSeed> seeds)
    {
        string? reference = null;
        try
        {
            reference = RepoPaths.Reference;
        }
        catch (InvalidOperationException)
        {
            return;
        }

        foreach (string file in Files(Path.Combine(reference, "gmcr", "data"), "*.gmcr"))
        {
            seeds.Add(One(FuzzKind.Gmcr, file));
        }

        foreach (string file in Files(Path.Combine(reference, "forecasting", "data", "ktab"), "*.csv"))
        {
            seeds.Add(One(FuzzKind.KtabCsv, file));
        }

        foreach (string file in Files(Path.Combine(reference, "forecasting", "data", "ktab"), "*.xml"))
        {
            seeds.Add(One(FuzzKind.KtabXml, file));
        }

        foreach (string file in Files(Path.Combine(reference, "forecasting", "data", "eum"), "*.csv"))
        {
            seeds.Add(One(FuzzKind.EumTable, file));
        }

        string fuzzy = Path.Combine(reference, "negotiation", "yasserfarouk-negmas", "src", "negmas", "tests", "data", "fuzzyagent");
        if (File.Exists(Path.Combine(fuzzy, "single_issue_domain.xml")))
        {
            seeds.Add(new FuzzSeed(FuzzKind.GeniusXml, fuzzy, [Named(Path.Combine(fuzzy, "single_issue_domain.xml")), Named(Path.Combine(fuzzy, "buyer_utility.xml")), Named(Path.Combine(fuzzy, "seller_utility.xml"))]));
        }
    }

    private static FuzzKind ForecastKind(string file)
    {
        string name = Path.GetFileName(file);
        return name switch
        {
            _ when name.StartsWith("ktab-", StringComparison.Ordinal) && name.EndsWith(".xml", StringComparison.Ordinal) => FuzzKind.KtabXml,
            _ when name.StartsWith("ktab-", StringComparison.Ordinal) => FuzzKind.KtabCsv,
            _ when name.StartsWith("deu-", StringComparison.Ordinal) => FuzzKind.DeuTable,
            _ => FuzzKind.EumTable,
        };
    }

    private static FuzzSeed One(FuzzKind kind, string file) => new(kind, file, [Named(file)]);

    private static (string FileName, string Text) Named(string file) => (Path.GetFileName(file), File.ReadAllText(file));

    private static IEnumerable<string> Files(string folder, string pattern) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder, pattern).Order(StringComparer.Ordinal) : [];
}
