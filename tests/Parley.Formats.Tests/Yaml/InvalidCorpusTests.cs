using System.Globalization;
using Parley.Core.Diagnostics;
using Parley.Formats.Yaml;

namespace Parley.Formats.Tests.Yaml;

/// <summary>
/// Every file of <c>TestData/invalid</c> is named for its fault and must give exactly the diagnostics its
/// <c>.expected</c> sidecar lists (code, line, column, severity), and no scenario.
/// </summary>
public sealed class InvalidCorpusTests
{
    public static TheoryData<string> InvalidFiles => CorpusFile.Names("invalid");

    public static TheoryData<string> WarningFiles => CorpusFile.Names("warnings");

    [Theory]
    [MemberData(nameof(InvalidFiles))]
    public void ReadFile_InvalidCorpus_GivesExpectedDiagnosticsAndNoScenario(string name)
    {
        var result = ScenarioReader.ReadFile(Path.Combine(CorpusFile.Folder("invalid"), name));

        Assert.False(result.Succeeded);
        Assert.Null(result.Value);
        Assert.Equal(CorpusFile.Expected("invalid", name), Describe(result.Diagnostics));
        Assert.All(result.Diagnostics, d => Assert.False(string.IsNullOrWhiteSpace(d.Message)));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == ScenarioDiagnosticCodes.Internal);
    }

    [Theory]
    [MemberData(nameof(WarningFiles))]
    public void ReadFile_WarningCorpus_GivesScenarioWithExpectedWarnings(string name)
    {
        var result = ScenarioReader.ReadFile(Path.Combine(CorpusFile.Folder("warnings"), name));

        Assert.True(result.Succeeded);
        Assert.Equal(CorpusFile.Expected("warnings", name), Describe(result.Diagnostics));
    }

    [Fact]
    public void ReadFile_OverTenMegabytes_IsRefusedBeforeParsing()
    {
        string path = Path.Combine(Path.GetTempPath(), $"parley-large-{Guid.NewGuid():N}.yaml");
        try
        {
            using (var stream = File.Create(path))
            {
                stream.SetLength(YamlLimits.MaxFileBytes + 1);
            }

            var result = ScenarioReader.ReadFile(path);

            var d = Assert.Single(result.Diagnostics);
            Assert.Equal(ScenarioDiagnosticCodes.TooLarge, d.Code);
            Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadFile_Folder_IsAnUnreadableFileDiagnostic()
    {
        var result = ScenarioReader.ReadFile(Path.GetTempPath());

        Assert.Equal(ScenarioDiagnosticCodes.Unreadable, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Read_InvalidUtf8_IsNotYaml()
    {
        var result = ScenarioReader.Read([0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0xff, 0xfe], "bytes.yaml");

        Assert.Equal(ScenarioDiagnosticCodes.NotYaml, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Read_DeepNesting_IsRefusedWithADiagnostic()
    {
        string text = "title: deep\nx: " + new string('[', 200) + new string(']', 200) + "\n";

        var result = ScenarioReader.Read(text, "deep.yaml");

        Assert.Contains(result.Diagnostics, d => d.Code == ScenarioDiagnosticCodes.TooComplex);
    }

    [Fact]
    public void Read_SeveralProblems_AreAllReportedInOnePass()
    {
        var result = ScenarioReader.ReadFile(Path.Combine(CorpusFile.Folder("invalid"), "unknown-references.yaml"));

        // Seven unknown references in seven different sections: none hides another.
        Assert.Equal(7, result.Diagnostics.Count(d => d.Code == ScenarioDiagnosticCodes.UnknownReference));
    }

    [Fact]
    public void Read_UnknownKey_SuggestsTheNearestKnownKey()
    {
        var result = ScenarioReader.ReadFile(Path.Combine(CorpusFile.Folder("invalid"), "unknown-key.yaml"));

        var d = Assert.Single(result.Diagnostics);
        Assert.Contains("Did you mean 'walk-away'?", d.Message, StringComparison.Ordinal);
        Assert.Equal("positions[0].walkaway", d.Location.Path);
    }

    private static List<string> Describe(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Code} {d.Location.Line} {d.Location.Column} {d.Severity.ToString().ToLowerInvariant()}"))];
}
