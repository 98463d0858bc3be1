using System.Text.Json;

namespace Parley.Formats.Tests.Gmcr;

/// <summary>The gmcr reference data under <c>shared/reference</c> (located by <see cref="Parley.Tests.RepoPaths"/>).</summary>
internal static class ReferenceData
{
    public static string Directory => Parley.Tests.RepoPaths.Reference;

    public static string GmcrPath(params string[] parts) => Path.Combine([Directory, "gmcr", .. parts]);

    public static JsonElement Vectors(string name)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(GmcrPath("test-vectors.json")));
        return doc.RootElement.GetProperty(name).Clone();
    }

    public static int[] Ints(JsonElement array) => [.. array.EnumerateArray().Select(x => x.GetInt32())];
}
