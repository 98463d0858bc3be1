using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli;

/// <summary>Builds the command tree. Separate from <see cref="Program"/> so tests can run commands against a recording console.</summary>
public static class ParleyApp
{
    /// <summary>Runs <paramref name="args"/> writing to <paramref name="console"/>; returns the exit code.</summary>
    public static int Run(string[] args, IAnsiConsole console)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("parley");
            config.ConfigureConsole(console);
        });
        return app.Run(args);
    }
}
