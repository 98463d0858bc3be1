namespace Parley.Cli.Tests.Commands;

/// <summary><c>parley serve</c> finds the web app without referencing it, and says so plainly when it cannot.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public void Serve_WebAppNamedButMissing_SaysSoWithExitCode2()
    {
        string? before = Environment.GetEnvironmentVariable("PARLEY_WEB");
        try
        {
            Environment.SetEnvironmentVariable("PARLEY_WEB", "/nonexistent/Parley.Web.dll");
            var (code, output) = CliRun.Invoke("serve");
            Assert.Equal(2, code);
            Assert.Contains("PARLEY_WEB names /nonexistent/Parley.Web.dll, which does not exist.", output, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("PARLEY_WEB", before);
        }
    }

    [Fact]
    public void Serve_PortOutOfRange_IsAUsageError()
    {
        var (code, output) = CliRun.Invoke("serve", "--port", "70000");
        Assert.Equal(2, code);
        Assert.Contains("--port must lie from 1 to 65535", output, StringComparison.Ordinal);
    }
}
