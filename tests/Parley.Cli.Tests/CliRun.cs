using Spectre.Console;

namespace Parley.Cli.Tests;

/// <summary>Runs <c>parley</c> in-process against a plain, fixed-width console and captures what it prints.</summary>
internal static class CliRun
{
    public static (int ExitCode, string Output) Invoke(params string[] args)
    {
        var writer = new StringWriter { NewLine = "\n" };
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 120;
        int code = ParleyApp.Run(args, console);
        return (code, writer.ToString());
    }
}
