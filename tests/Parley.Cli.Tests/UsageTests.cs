namespace Parley.Cli.Tests;

public sealed class UsageTests
{
    [Theory]
    [InlineData("frobnicate")]
    [InlineData("check")]
    [InlineData("check", "a.yaml", "--format", "xml")]
    [InlineData("check", "a.yaml", "--no-such-option")]
    public void Run_BadCommandLine_ExitsTwoWithAHint(params string[] args)
    {
        var (code, output) = CliRun.Invoke(args);

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Version_PrintsVersion()
    {
        var (code, output) = CliRun.Invoke("--version");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(ParleyApp.Version, output.Trim());
    }

    [Fact]
    public void Run_Help_ListsCommands()
    {
        var (code, output) = CliRun.Invoke("--help");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("check", output, StringComparison.Ordinal);
    }

    /// <remarks>
    /// Every option's description goes through the console's markup parser: a bracket in a description once
    /// made <c>parley sweep --help</c> fail. The commands are read from the top-level help, so a new command
    /// is covered without being listed here.
    /// </remarks>
    [Fact]
    public void Run_HelpOfEveryCommand_PrintsItsOptions()
    {
        var (_, topLevel) = CliRun.Invoke("--help");
        var commands = topLevel[(topLevel.IndexOf("COMMANDS:", StringComparison.Ordinal) + "COMMANDS:".Length)..]
            .Split('\n')
            .Where(line => line.StartsWith("    ", StringComparison.Ordinal) && !line.StartsWith("     ", StringComparison.Ordinal))
            .Select(line => line.Trim().Split(' ')[0])
            .ToList();
        Assert.Contains("sweep", commands);

        foreach (string command in commands)
        {
            var (code, output) = CliRun.Invoke(command, "--help");

            Assert.True(code == ExitCodes.Ok, $"parley {command} --help exited {code}: {output}");
            Assert.Contains("OPTIONS:", output, StringComparison.Ordinal);
            Assert.DoesNotContain("Parley failed", output, StringComparison.Ordinal);
        }
    }
}
