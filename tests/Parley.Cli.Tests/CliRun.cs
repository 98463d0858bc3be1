using Spectre.Console;

namespace Parley.Cli.Tests;

/// <summary>Runs <c>parley</c> in-process against a plain, fixed-width console and captures what it prints.</summary>
internal static class CliRun
{
    /// <remarks>
    /// Paths inside the repository are passed relative to the test's working directory: the console wraps
    /// long lines, so an absolute path (which differs per clone) would move the wrap points of golden files.
    /// </remarks>
    public static (int ExitCode, string Output) Invoke(params string[] args)
    {
        args = [.. args.Select(a => Path.IsPathRooted(a) && a.StartsWith(Parley.Tests.RepoPaths.Root, StringComparison.Ordinal)
            ? Path.GetRelativePath(Environment.CurrentDirectory, a)
            : a)];
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
