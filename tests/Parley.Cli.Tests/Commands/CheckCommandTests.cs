using System.Text.Json;
using Parley.Tests;

namespace Parley.Cli.Tests.Commands;

public sealed class CheckCommandTests
{
    private static string Corpus(string folder, string name) => RepoPaths.InRepo("tests", "Parley.Formats.Tests", "TestData", folder, name);

    public static TheoryData<string> InvalidFiles
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var f in Directory.GetFiles(RepoPaths.InRepo("tests", "Parley.Formats.Tests", "TestData", "invalid"), "*.yaml").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(f));
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(InvalidFiles))]
    public void Check_InvalidFile_ExitsOneWithDiagnosticsAndNoStackTrace(string name)
    {
        var (code, output) = CliRun.Invoke("check", Corpus("invalid", name));

        Assert.Equal(ExitCodes.InputErrors, code);
        Assert.Contains("error PAR", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ValidFile_PrintsSummary()
    {
        var (code, output) = CliRun.Invoke("check", Corpus("valid", "complete.yaml"));

        Assert.Equal(ExitCodes.Ok, code);
        Golden.Match("check-complete.txt", output);
    }

    [Fact]
    public void Check_InvalidFile_QuotesTheLineWithACaret()
    {
        var (_, output) = CliRun.Invoke("check", Corpus("invalid", "unknown-key.yaml"));

        Golden.Match("check-unknown-key.txt", output);
    }

    [Fact]
    public void Check_Json_IsMachineReadable()
    {
        var (code, output) = CliRun.Invoke("check", Corpus("invalid", "unknown-references.yaml"), "--format", "json");

        Assert.Equal(ExitCodes.InputErrors, code);
        using var doc = JsonDocument.Parse(output);
        Assert.False(doc.RootElement.GetProperty("valid").GetBoolean());
        var first = doc.RootElement.GetProperty("diagnostics")[0];
        Assert.Equal("PAR020", first.GetProperty("code").GetString());
        Assert.Equal(5, first.GetProperty("line").GetInt32());
        Assert.Equal(36, first.GetProperty("column").GetInt32());
        Assert.Equal("error", first.GetProperty("severity").GetString());
    }

    [Fact]
    public void Check_JsonOfValidFile_HasSummary()
    {
        var (code, output) = CliRun.Invoke("check", Corpus("valid", "complete.yaml"), "--format", "json");

        Assert.Equal(ExitCodes.Ok, code);
        using var doc = JsonDocument.Parse(output);
        var summary = doc.RootElement.GetProperty("summary");
        Assert.Equal(2, summary.GetProperty("actors").GetProperty("party").GetInt32());
        Assert.Equal(1, summary.GetProperty("issues").GetProperty("ceasefire").GetInt32());
        Assert.Equal(2, summary.GetProperty("levers").GetInt32());
    }

    [Fact]
    public void Check_MissingFile_ExitsOne()
    {
        var (code, output) = CliRun.Invoke("check", "no/such/file.yaml");

        Assert.Equal(ExitCodes.InputErrors, code);
        Assert.Contains("PAR001", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnknownExtension_ExitsOneWithASentence()
    {
        var (code, output) = CliRun.Invoke("check", RepoPaths.InRepo("Parley.slnx"));

        Assert.Equal(ExitCodes.InputErrors, code);
        Assert.Contains("does not know files ending in '.slnx'", output, StringComparison.Ordinal);
    }
}
