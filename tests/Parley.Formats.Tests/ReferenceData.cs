using System.Text.Json;

namespace Parley.Formats.Tests;

/// <summary>
/// Locates <c>shared/reference/negotiation</c>: walks up from the test binaries to a directory that
/// contains <c>shared/reference</c> (CI clones the repository with <c>shared/</c> beside it).
/// </summary>
internal static class ReferenceData
{
    private static readonly Lazy<string> Root = new(Locate);
    private static readonly Lazy<JsonDocument> Vectors = new(() => JsonDocument.Parse(System.IO.File.ReadAllText(Path.Combine(Negotiation, "test-vectors.json"))));

    /// <summary>The <c>shared/reference/negotiation</c> folder.</summary>
    public static string Negotiation => Root.Value;

    /// <summary>The parsed <c>test-vectors.json</c>.</summary>
    public static JsonElement TestVectors => Vectors.Value.RootElement;

    /// <summary>A path relative to the negotiation folder (as the vectors write them).</summary>
    public static string File(string relative) => Path.Combine(Negotiation, relative.Replace('/', Path.DirectorySeparatorChar));

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (string candidate in new[] { Path.Combine(dir.FullName, "shared", "reference"), Path.Combine(dir.FullName, "..", "shared", "reference") })
            {
                if (Directory.Exists(Path.Combine(candidate, "negotiation")))
                {
                    return Path.GetFullPath(Path.Combine(candidate, "negotiation"));
                }
            }
        }

        throw new DirectoryNotFoundException($"No shared/reference/negotiation above {AppContext.BaseDirectory}; clone the shared reference data beside the repository.");
    }
}
