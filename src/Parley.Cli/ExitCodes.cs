namespace Parley.Cli;

/// <summary>The exit codes of <c>parley</c>, the same for every command.</summary>
public static class ExitCodes
{
    /// <summary>Done; the input had no errors (it may have warnings).</summary>
    public const int Ok = 0;

    /// <summary>The input has errors; they were printed as diagnostics.</summary>
    public const int InputErrors = 1;

    /// <summary>The command line was wrong (unknown command or option, missing argument).</summary>
    public const int UsageError = 2;

    /// <summary>The user stopped the command (Ctrl+C), as shells number an interrupt (128 + SIGINT).</summary>
    public const int Cancelled = 130;

    /// <summary>Parley itself failed; the message asks the user to report it.</summary>
    public const int InternalError = 70;
}
