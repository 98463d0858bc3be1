using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley serve</c>: starts the browser workspace (Parley.Web) as a child process. The CLI and the web app never
/// reference each other; the CLI finds the web app by <c>PARLEY_WEB</c> (a Parley.Web.dll), a <c>web/</c> folder
/// beside itself, or the <c>src/Parley.Web</c> project of the clone it runs in.
/// </summary>
[Description("Start the browser workspace (and its HTTP API) on this machine.")]
public sealed class ServeCommand(IAnsiConsole console) : Command<ServeSettings>
{
    /// <summary>The environment variable naming the Parley.Web.dll to run.</summary>
    public const string WebVariable = "PARLEY_WEB";

    /// <summary>The environment variable by which the workspace learns this command's process id (Parley.Web's ParentWatch).</summary>
    public const string ParentVariable = "PARLEY_PARENT_PID";

    /// <summary>How long the workspace is given to stop by itself before it is killed.</summary>
    public static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(15);

    /// <inheritdoc />
    public override int Execute(CommandContext context, ServeSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (Locate() is not { } start)
        {
            console.MarkupLine("[red]Parley.Web was not found.[/] Set PARLEY_WEB to the path of Parley.Web.dll, or run [bold]parley serve[/] inside a clone of Parley (it runs src/Parley.Web).");
            return ExitCodes.UsageError;
        }

        if (start.FileName is null)
        {
            console.MarkupLine($"[red]PARLEY_WEB names {Markup.Escape(start.Missing!)}, which does not exist.[/] Point it at a built Parley.Web.dll.");
            return ExitCodes.UsageError;
        }

        // A built Parley.Web.dll serves its static web assets (wwwroot) from its content root, which is the working
        // directory: the folder of the dll, not wherever the user typed `parley serve`.
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false };
        if (start.FileName.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            info.WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(start.FileName))!;
        }

        foreach (var arg in start.Arguments)
        {
            info.ArgumentList.Add(arg);
        }

        if (settings.Port is { } port)
        {
            info.ArgumentList.Add("--port");
            info.ArgumentList.Add(port.ToString(CultureInfo.InvariantCulture));
        }

        if (settings.Data is { } data)
        {
            info.ArgumentList.Add("--data");
            info.ArgumentList.Add(Path.GetFullPath(data));
        }

        if (settings.Database is { } database)
        {
            // Passed by environment, not on the command line, so the password is not visible in the process list.
            info.Environment["ConnectionStrings__Parley"] = database;
        }

        // The workspace stops by itself once this command has ended, however it ended (even killed outright).
        info.Environment[ParentVariable] = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        console.MarkupLine($"Starting the Parley workspace on [bold]http://localhost:{settings.Port ?? 5180}[/] (Ctrl+C stops it).");
        using var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet could not be started.");
        try
        {
            process.WaitForExitAsync(cancellationToken).GetAwaiter().GetResult();
            return process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            Stop(process);
            return ExitCodes.Cancelled;
        }
    }

    /// <summary>
    /// Stops the workspace gracefully (it finishes its requests and closes its database): Ctrl+C in a terminal reached it
    /// too, a SIGTERM sent to this command alone did not, so it is asked with SIGTERM; killed only if it has not stopped
    /// within <see cref="StopGrace"/>.
    /// </summary>
    private static void Stop(Process process)
    {
        if (process.HasExited)
        {
            return;
        }

        if (!OperatingSystem.IsWindows())
        {
            using var signal = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", process.Id.ToString(CultureInfo.InvariantCulture) }, UseShellExecute = false });
            signal?.WaitForExit();
        }

        if (!process.WaitForExit(StopGrace))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    private static WebStart? Locate()
    {
        if (Environment.GetEnvironmentVariable(WebVariable) is { Length: > 0 } dll)
        {
            return File.Exists(dll) ? new WebStart(dll, [dll], null) : new WebStart(null, [], dll);
        }

        // An installed tool carries the web app in its own folder (the two share most of their files).
        string beside = Path.Combine(AppContext.BaseDirectory, "Parley.Web.dll");
        if (File.Exists(beside))
        {
            return new WebStart(beside, [beside], null);
        }

        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                string project = Path.Combine(dir.FullName, "src", "Parley.Web", "Parley.Web.csproj");
                if (File.Exists(project))
                {
                    return new WebStart(project, ["run", "--project", project, "-c", "Release", "--no-launch-profile", "--"], null);
                }
            }
        }

        return null;
    }

    private sealed record WebStart(string? FileName, string[] Arguments, string? Missing);
}
