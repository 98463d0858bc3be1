namespace Parley.Cli.Tests.Commands;

/// <summary>Forecast output a person can read: oddities said, long lists cut to a screen.</summary>
public sealed class ForecastOutputTests
{
    [Fact]
    public void Forecast_AllCapabilitiesZero_WarnsInTextAndJson()
    {
        string path = Table("Actor,Capability,Position,Salience\nA,0,10,0.5\nB,0,60,0.5\nC,0,90,0.5\n");
        try
        {
            var (code, text) = CliRun.Invoke("forecast", path);
            var (jsonCode, json) = CliRun.Invoke("forecast", path, "--format", "json");

            Assert.Equal(ExitCodes.Ok, code);
            Assert.Contains("warning PF0212", text, StringComparison.Ordinal);
            Assert.Equal(ExitCodes.Ok, jsonCode);
            Assert.Contains("\"PF0212\"", json, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Forecast_ManyActors_ListsTwentyPositionsAndSaysHowManyMore()
    {
        string rows = string.Concat(Enumerable.Range(0, 50).Select(i => $"A{i},1,{i * 2},0.5\n"));
        string path = Table("Actor,Capability,Position,Salience\n" + rows);
        try
        {
            var (code, text) = CliRun.Invoke("forecast", path, "--model", "weighted-mean");

            Assert.Equal(ExitCodes.Ok, code);
            Assert.Contains("and 30 more", text, StringComparison.Ordinal);
            Assert.DoesNotContain("A49 ", text, StringComparison.Ordinal);
            Assert.DoesNotContain("NaN", text, StringComparison.Ordinal);
            var (_, all) = CliRun.Invoke("forecast", path, "--model", "weighted-mean", "--all");
            Assert.Contains("A49 ", all, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Forecast_OverItsBudget_StopsWith130AndSaysWhatToDo()
    {
        var (code, output) = CliRun.Invoke("forecast", Parley.Tests.RepoPaths.InRepo("scenarios", "istanbul-2025.yaml"), "--runs", "100000", "--budget", "1", "--format", "json");

        Assert.Equal(ExitCodes.Cancelled, code);
        Assert.Contains("time budget of 1 s ran out", output, StringComparison.Ordinal);
        Assert.Contains("--runs", output, StringComparison.Ordinal);
    }

    private static string Table(string text)
    {
        string path = Path.Combine(Path.GetTempPath(), $"parley-forecast-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text);
        return path;
    }
}
