using System.Text.Json;
using Parley.Cli.Rendering;
using Parley.Core.Diagnostics;
using Parley.Tests;
using Spectre.Console;

namespace Parley.Cli.Tests.Commands;

/// <summary>One diagnostics channel: warnings reach JSON output as a <c>diagnostics</c> array, and text diagnostics go to stderr.</summary>
public sealed class DiagnosticsChannelTests
{
    private static string Corpus(string folder, string name) => RepoPaths.InRepo("tests", "Parley.Formats.Tests", "TestData", folder, name);

    [Fact]
    public void Stability_GmcrWithMisperceptionsAsJson_CarriesTheWarning()
    {
        var (code, output) = CliRun.Invoke("stability", Corpus("invalid-gmcr", "misperceptions-ignored.gmcr"), "--format", "json");

        Assert.Equal(ExitCodes.Ok, code);
        using var doc = JsonDocument.Parse(output);
        var codes = doc.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()).ToList();
        Assert.Contains("GMCR009", codes);
    }

    [Fact]
    public void Agree_ScenarioWithWarningAsJson_CarriesTheWarning()
    {
        var (code, output) = CliRun.Invoke("agree", Corpus("warnings", "weights-not-summing.yaml"), "--format", "json");

        Assert.Equal(ExitCodes.Ok, code);
        using var doc = JsonDocument.Parse(output);
        var d = Assert.Single(doc.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("PAR034", d.GetProperty("code").GetString());
        Assert.True(d.GetProperty("line").GetInt32() > 0);
    }

    [Fact]
    public void Check_InvalidFileAsText_WritesDiagnosticsToStderrOnly()
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        int code = ParleyApp.Run(["check", Corpus("invalid", "unknown-key.yaml")], Console(stdout), Console(stderr), CancellationToken.None);

        Assert.Equal(ExitCodes.InputErrors, code);
        Assert.Contains("error PAR011", stderr.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("PAR011", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void WithDiagnostics_IndentedObject_GetsALastDiagnosticsProperty()
    {
        var warning = Diagnostic.Warning("X001", "A warning with a sentence.", new SourceLocation("f.yaml", 3, 4, "a.b"));

        string result = OutputChannel.WithDiagnostics("{\n  \"a\": 1\n}", [warning]);

        using var doc = JsonDocument.Parse(result);
        Assert.Equal(1, doc.RootElement.GetProperty("a").GetInt32());
        Assert.Equal("X001", doc.RootElement.GetProperty("diagnostics")[0].GetProperty("code").GetString());
    }

    private static IAnsiConsole Console(StringWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 120;
        return console;
    }
}
