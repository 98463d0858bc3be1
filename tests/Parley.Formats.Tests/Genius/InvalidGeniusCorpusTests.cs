using Parley.Core.Diagnostics;
using Parley.Core.Model;
using Parley.Formats.Genius;
using Parley.Formats.GeniusWeb;

namespace Parley.Formats.Tests.Genius;

/// <summary>
/// The corpus of broken GENIUS and GeniusWeb files in <c>TestData/invalid-genius</c>: each folder is named
/// for its fault and holds a domain, a profile and <c>expected.txt</c>, the diagnostics the import must
/// produce (<c>file:line:column: severity CODE</c>, one per line). No import may throw.
/// </summary>
public sealed class InvalidGeniusCorpusTests
{
    public static TheoryData<string> Cases() => [.. Directory.GetDirectories(CorpusDirectory()).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Import_BrokenFile_GivesExpectedDiagnostics(string fault)
    {
        string folder = Path.Combine(CorpusDirectory(), fault);
        bool json = File.Exists(Path.Combine(folder, "domain.json"));
        string ext = json ? "json" : "xml";
        var domain = new SourceText($"domain.{ext}", File.ReadAllText(Path.Combine(folder, $"domain.{ext}")));
        var profile = new SourceText($"profile.{ext}", File.ReadAllText(Path.Combine(folder, $"profile.{ext}")));
        ParseResult<Scenario> result = json ? GeniusWebImporter.Parse(domain, [profile]) : GeniusImporter.Parse(domain, [profile]);

        Assert.False(result.Succeeded);
        Assert.All(result.Diagnostics, d => Assert.True(d.Message.Length > 20, $"Vague message: {d}"));
        string actual = string.Join("\n", result.Diagnostics.Select(d => $"{d.Location}: {d.Severity.ToString().ToLowerInvariant()} {d.Code}"));
        string expected = File.ReadAllText(Path.Combine(folder, "expected.txt")).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        Assert.True(expected == actual, $"Expected:\n{expected}\nActual:\n{actual}\nMessages:\n{string.Join("\n", result.Diagnostics)}");
    }

    private static string CorpusDirectory() => Parley.Tests.RepoPaths.InRepo("tests", "Parley.Formats.Tests", "TestData", "invalid-genius");
}
