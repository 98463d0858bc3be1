namespace Parley.Cli.Tests.Commands;

/// <summary><c>--at DATE</c>: the scenario as of a date, through the variant key, on every analysing command.</summary>
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
        Assert.Contains("'soon' is not a date", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("agree", "converging-offers.yaml", "2014-06-01")]
    [InlineData("forecast", "converging-offers.yaml", "2014-06-01")]
    [InlineData("analyze", "converging-offers.yaml", "2014-06-01")]
    [InlineData("dynamics", "converging-offers.yaml", "2014-06-01")]
    [InlineData("simulate", "converging-offers.yaml", "2014-06-01")]
    [InlineData("check", "converging-offers.yaml", "2014-06-01")]
    [InlineData("stability", "../scenarios/istanbul-2025.yaml", "2025-09-01")]
    [InlineData("compare", "istanbul-like.yaml", "2025-09-01")]
    [InlineData("endstates", "end-states.yaml", "2025-09-01")]
    public void At_Date_RunsAndSaysTheDate(string command, string file, string date)
    {
        string path = file.StartsWith("../", StringComparison.Ordinal) ? Parley.Tests.RepoPaths.InRepo("scenarios", Path.GetFileName(file)) : Path.Combine(AppContext.BaseDirectory, "TestData", file);
        string[] extra = command == "compare" ? ["--lever", "ua-accepts-withdrawal"] : [];
        var (code, output) = CliRun.Invoke([command, path, "--at", date, .. extra]);
        Assert.True(code == 0, output);
        Assert.Contains(date, output, StringComparison.Ordinal);
        Assert.DoesNotContain("between 7.", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("agree")]
    [InlineData("analyze")]
    [InlineData("dynamics")]
    [InlineData("endstates")]
    public void At_DateOutsideTheHorizon_IsAUsageErrorNamingTheHorizon(string command)
    {
        var (code, output) = CliRun.Invoke(command, Fixture, "--at", "2025-09-01");
        Assert.Equal(2, code);
        Assert.Contains("lies outside the dynamics horizon, which runs from 2013-11-01 to 2014-11-01", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Dynamics_At_SaysTheGapAsOfTheDate()
    {
        var (_, shut) = CliRun.Invoke("dynamics", Fixture, "--at", "2014-03-01");
        var (_, open) = CliRun.Invoke("dynamics", Fixture, "--at", "2014-06-01");
        Assert.Contains("As of 2014-03-01, pay: no deal: red lines, relax 1", shut, StringComparison.Ordinal);
        Assert.Contains("As of 2014-06-01, pay: a deal is possible", open, StringComparison.Ordinal);
    }
}
