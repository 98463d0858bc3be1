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
    public void Json_DocumentWithDiagnostics_KeepsItsOwnAndAddsTheCollectedOnesLast()
    {
        var writer = new StringWriter();
        var channel = new OutputChannel(Console(writer), Console(writer));
        var warning = Diagnostic.Warning("X001", "A warning with a sentence.", new SourceLocation("f.yaml", 3, 4, "a.b"));
        channel.Diagnostics([warning], json: true);
        var own = Diagnostic.Error("X002", "An error.", SourceLocation.OfFile("f.yaml"));

        channel.Json(Parley.Formats.Json.Dto.CheckDocument.Refused("check", "f.yaml", [own]));

        using var doc = JsonDocument.Parse(writer.ToString());
        var diagnostics = doc.RootElement.GetProperty("diagnostics");
        Assert.Equal(["X002", "X001"], diagnostics.EnumerateArray().Select(d => d.GetProperty("code").GetString()));
        Assert.Equal(Parley.Formats.Json.Dto.OutputDocument.CurrentSchemaVersion, doc.RootElement.GetProperty("schemaVersion").GetInt32());
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
