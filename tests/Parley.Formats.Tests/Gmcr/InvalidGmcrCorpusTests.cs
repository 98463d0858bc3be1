using Parley.Core.Diagnostics;
using Parley.Formats.Gmcr;

namespace Parley.Formats.Tests.Gmcr;

/// <summary>
/// Each file in TestData/invalid-gmcr is named for its fault; the .expected file beside it lists the
/// diagnostics (code line:column) the reader must report, in order. Files whose only diagnostics are
/// warnings must still read.
/// </summary>
public class InvalidGmcrCorpusTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(CorpusDirectory, "*.gmcr").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Read_BrokenFile_ReportsExpectedDiagnosticsWithoutThrowing(string name)
    {
        string path = Path.Combine(CorpusDirectory, name + ".gmcr");
        var expected = File.ReadAllLines(Path.Combine(CorpusDirectory, name + ".expected")).Where(l => l.Length > 0).ToList();
        var result = GmcrReader.Read(path);
        var actual = result.Diagnostics.Select(d => $"{d.Code} {d.Location.Line}:{d.Location.Column}").ToList();
        Assert.Equal(expected, actual);
        Assert.All(result.Diagnostics, d =>
        {
            Assert.Equal(path, d.Location.File);
            Assert.False(string.IsNullOrWhiteSpace(d.Message));
        });
        bool onlyWarnings = result.Diagnostics.All(d => d.Severity != DiagnosticSeverity.Error);
        Assert.Equal(onlyWarnings, result.Succeeded);
    }

    [Fact]
    public void Read_MissingFile_ReportsGmcr000()
    {
        var result = GmcrReader.Read(Path.Combine(CorpusDirectory, "does-not-exist.gmcr"));
        Assert.Equal("GMCR000", Assert.Single(result.Diagnostics).Code);
    }

    private static string CorpusDirectory => Path.Combine(AppContext.BaseDirectory, "TestData", "invalid-gmcr");
}
