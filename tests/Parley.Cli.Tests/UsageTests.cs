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
}
