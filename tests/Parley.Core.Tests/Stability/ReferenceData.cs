using System.Text.Json;

namespace Parley.Core.Tests.Stability;

/// <summary>Finds <c>shared/reference</c> by walking up from the test binaries (CI clones it beside the repository).</summary>
internal static class ReferenceData
{
    public static string Directory { get; } = Locate();

    public static string GmcrPath(params string[] parts) => Path.Combine([Directory, "gmcr", .. parts]);

    public static JsonElement Vectors(string name)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(GmcrPath("test-vectors.json")));
        return doc.RootElement.GetProperty(name).Clone();
    }

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "reference"), Path.Combine(dir.FullName, "..", "shared", "reference") })
            {
                if (System.IO.Directory.Exists(Path.Combine(candidate, "gmcr")))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        throw new InvalidOperationException("shared/reference not found above " + AppContext.BaseDirectory);
    }
}
