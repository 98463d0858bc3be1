namespace Parley.Cli;

/// <summary>Entry point of the <c>parley</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command line and returns its exit code.</summary>
    public static int Main(string[] args) => ParleyApp.Run(args, Spectre.Console.AnsiConsole.Console);
}
