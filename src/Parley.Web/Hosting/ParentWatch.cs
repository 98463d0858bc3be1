using System.Diagnostics;
using System.Globalization;

namespace Parley.Web.Hosting;

/// <summary>
/// Stops the workspace, gracefully, once the <c>parley serve</c> command that started it has ended — however it
/// ended, even killed outright — so no workspace is left running without the command a user sees. The command names
/// itself in <see cref="Variable"/>; a workspace started any other way has no parent to watch.
/// </summary>
public sealed class ParentWatch(IHostApplicationLifetime lifetime, ILogger<ParentWatch> logger) : BackgroundService
{
    /// <summary>The environment variable with the process id of the <c>parley serve</c> command.</summary>
    public const string Variable = "PARLEY_PARENT_PID";

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!int.TryParse(Environment.GetEnvironmentVariable(Variable), NumberStyles.None, CultureInfo.InvariantCulture, out int pid))
        {
            return;
        }

        // The start time tells the parent from a later process that was given the same id.
        var started = StartTime(pid);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        while (started is not null && StartTime(pid) == started)
        {
            if (!await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                return;
            }
        }

        logger.LogInformation("The parley command that started this workspace (process {Pid}) has ended; stopping.", pid);
        lifetime.StopApplication();
    }

    // The parent is looked up among the running processes rather than by id, so a parent that is gone is a plain
    // "not found", not an exception.
    private static DateTime? StartTime(int pid)
    {
        var running = Process.GetProcesses();
        try
        {
            var parent = Array.Find(running, p => p.Id == pid);
            return parent is null || parent.HasExited ? null : parent.StartTime;
        }
        catch (InvalidOperationException)
        {
            return null; // It exited while being looked at.
        }
        finally
        {
            foreach (var process in running)
            {
                process.Dispose();
            }
        }
    }
}
