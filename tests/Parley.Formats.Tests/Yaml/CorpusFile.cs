using Parley.Tests;

namespace Parley.Formats.Tests.Yaml;

/// <summary>A file of the broken-input corpus and the diagnostics its sidecar <c>.expected</c> file lists.</summary>
internal static class CorpusFile
{
    public static string Folder(string name) => RepoPaths.InRepo("tests", "Parley.Formats.Tests", "TestData", name);

    public static TheoryData<string> Names(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder(folder), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    /// <summary>Expected (code, line, column, severity) tuples, in order.</summary>
    public static List<string> Expected(string folder, string name)
    {
        string path = Path.Combine(Folder(folder), Path.ChangeExtension(name, ".expected"));
        return [.. File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#'))];
    }
}
