using Parley.Core.Diagnostics;
using Parley.Formats.Deu;
using Parley.Formats.Eum;
using Parley.Formats.Ktab;
using Parley.Tests;

namespace Parley.Formats.Tests;

/// <summary>
/// Each file in TestData/invalid-forecast is named for its fault; its <c>.expected</c> file lists the
/// diagnostics it must produce, one per line as <c>CODE line:column</c>. Files named <c>forecast-…</c> are
/// read as <c>parley forecast</c> reads them (the reader chosen by extension and header).
/// </summary>
public sealed class InvalidForecastCorpusTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(FormatsReference.TestData("invalid-forecast")).Where(f => !f.EndsWith(".expected", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [ReferenceTheory]
    [MemberData(nameof(Files))]
    public void Read_BrokenFile_ProducesExactlyTheExpectedDiagnostics(string name)
    {
        string path = FormatsReference.TestData(Path.Combine("invalid-forecast", name));
        var diagnostics = Read(path);
        var actual = diagnostics.Select(d => $"{d.Code} {d.Location.Line}:{d.Location.Column}").ToArray();
        var expected = File.ReadAllLines(Path.ChangeExtension(path, ".expected")).Where(l => l.Trim().Length > 0).ToArray();
        Assert.Equal(expected, actual);
        Assert.Contains(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.All(diagnostics, d => Assert.Equal(path, d.Location.File));
        Assert.All(diagnostics, d => Assert.True(d.Message.Length > 20, d.Message));
    }

    private static IReadOnlyList<Diagnostic> Read(string path)
    {
        string name = Path.GetFileName(path);
        if (name.StartsWith("ktab-", StringComparison.Ordinal))
        {
            return path.EndsWith(".xml", StringComparison.Ordinal) ? KtabXmlReader.ReadFile(path).Diagnostics : KtabCsvReader.ReadFile(path).Diagnostics;
        }

        if (name.StartsWith("forecast-", StringComparison.Ordinal))
        {
            return ForecastFiles.Read(path).Diagnostics;
        }

        if (name.StartsWith("eum-", StringComparison.Ordinal))
        {
            return EumTableReader.ReadFile(path).Diagnostics;
        }

        return DeuReader.ReadFile(path).Diagnostics;
    }
}
