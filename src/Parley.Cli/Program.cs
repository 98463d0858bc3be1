namespace Parley.Cli;

/// <summary>Entry point of the <c>parley</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command line and returns its exit code; results go to stdout, diagnostics and errors to stderr.</summary>
    public static int Main(string[] args)
    {
        var errors = Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings { Out = new Spectre.Console.AnsiConsoleOutput(Console.Error) });
        return ParleyApp.Run(args, Spectre.Console.AnsiConsole.Console, errors, CancellationToken.None);
    }
}
