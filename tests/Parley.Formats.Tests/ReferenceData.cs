using System.Text.Json;

namespace Parley.Formats.Tests;

/// <summary>
/// The negotiation reference data: <c>shared/reference/negotiation</c>, found by <c>RepoPaths</c> (CI
/// clones the repository with <c>shared/</c> beside it).
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

    private static string Locate() => Parley.Tests.RepoPaths.InReference("negotiation");
}
