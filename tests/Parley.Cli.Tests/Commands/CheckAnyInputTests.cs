using Parley.Tests;

namespace Parley.Cli.Tests.Commands;

/// <summary><c>parley check</c> reads every kind of file another command reads, with that command's reader.</summary>
public sealed class CheckAnyInputTests
{
    private static string Corpus(params string[] parts) => RepoPaths.InRepo(["tests", "Parley.Formats.Tests", "TestData", .. parts]);

    [Theory]
    [InlineData("invalid-gmcr/misperceptions-ignored.gmcr", 0, "GMCR009")]
    [InlineData("invalid-gmcr/no-feasible-state.gmcr", 1, "GMCR004")]
    [InlineData("invalid-forecast/ktab-actor-count-mismatch.csv", 1, "PF0104")]
    [InlineData("invalid-forecast/eum-duplicate-actor.csv", 1, "PF0206")]
    [InlineData("invalid-forecast/deu-header-only.tsv", 1, "PF0312")]
    [InlineData("invalid-forecast/ktab-malformed.xml", 1, "PF0120")]
    public void Check_NonScenarioInput_UsesTheReaderOfTheCommandThatReadsIt(string file, int exitCode, string code)
    {
        var (exit, output) = CliRun.Invoke("check", Corpus(file.Split('/')));

        Assert.Equal(exitCode, exit);
        Assert.Contains(code, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_GeniusDomainAndProfile_ReadsThePair()
    {
        var (exit, output) = CliRun.Invoke("check", Corpus("invalid-genius", "missing-weight", "domain.xml"), Corpus("invalid-genius", "missing-weight", "profile.xml"));

        Assert.Equal(ExitCodes.InputErrors, exit);
        Assert.Contains("error PG0106", output, StringComparison.Ordinal);
    }
}
