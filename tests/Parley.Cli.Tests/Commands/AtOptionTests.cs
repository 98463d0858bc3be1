namespace Parley.Cli.Tests.Commands;

/// <summary><c>--at DATE</c>: the scenario as of a date, for agree, stability, forecast and analyze.</summary>
public sealed class AtOptionTests
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "TestData", "converging-offers.yaml");

    [Fact]
    public void Agree_At_UsesTheRevisionsInForceThen()
    {
        var (before, early) = CliRun.Invoke("agree", Fixture, "--at", "2014-03-01");
        var (after, late) = CliRun.Invoke("agree", Fixture, "--at", "2014-06-01");

        Assert.Equal(0, before);
        Assert.Equal(0, after);
        Assert.Contains("No agreement", early, StringComparison.Ordinal);
        Assert.DoesNotContain("final: accepted", early, StringComparison.Ordinal); // proposed later
        Assert.Contains("Agreement possible", late, StringComparison.Ordinal);
        Assert.Contains("final: accepted by every consenting actor", late, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("agree")]
    [InlineData("analyze")]
    [InlineData("forecast")]
    public void At_NotADate_IsAUsageError(string command)
    {
        var (code, output) = CliRun.Invoke(command, Fixture, "--at", "soon");
        Assert.Equal(2, code);
        Assert.Contains("--at must be a date", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("forecast", "converging-offers.yaml")]
    [InlineData("analyze", "converging-offers.yaml")]
    [InlineData("stability", "../scenarios/istanbul-2025.yaml")]
    public void At_Date_Runs(string command, string file)
    {
        string path = file.StartsWith("../", StringComparison.Ordinal) ? Parley.Tests.RepoPaths.InRepo("scenarios", Path.GetFileName(file)) : Path.Combine(AppContext.BaseDirectory, "TestData", file);
        var (code, output) = CliRun.Invoke(command, path, "--at", "2025-09-01");
        Assert.True(code == 0, output);
    }
}
