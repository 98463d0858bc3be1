using Parley.Cli.Rendering;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>A command's time budget (<c>--budget SECONDS</c>): a token that Ctrl+C or the budget cancels, and what to say when the budget runs out.</summary>
internal static class Budget
{
    /// <summary>A token cancelled by <paramref name="cancellationToken"/> (Ctrl+C) or after <paramref name="seconds"/> (0: never).</summary>
    public static CancellationTokenSource Start(int seconds, CancellationToken cancellationToken)
    {
        var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (seconds > 0)
        {
            budget.CancelAfter(TimeSpan.FromSeconds(seconds));
        }

        return budget;
    }

    /// <summary>Says that the budget ran out and what to do; returns exit code 130.</summary>
    public static int Expired(OutputChannel output, int seconds, string advice)
    {
        output.Errors.MarkupLine($"[yellow]The time budget of {seconds} s ran out;[/] nothing was written. Raise --budget, or {Markup.Escape(advice)}.");
        return ExitCodes.Cancelled;
    }

    /// <summary>The description shared by every <c>--budget</c> option.</summary>
    public const string Description = "Stop after this many seconds (exit 130, nothing written). Default: 0, no limit.";
}
