using System.Collections.Concurrent;
using System.Diagnostics;
using Parley.Tests;

namespace Parley.Cluster.Tests.Sweeps;

/// <summary>A <c>parley</c> command as its own process (<c>dotnet parley.dll ...</c>), so a test can SIGKILL it.</summary>
internal sealed class ParleyProcess : IDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> lines = new();

    private ParleyProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => lines.Enqueue(e.Data ?? string.Empty);
        process.ErrorDataReceived += (_, e) => lines.Enqueue(e.Data ?? string.Empty);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>The built parley.dll of the same configuration as the tests.</summary>
    public static string Assembly
    {
        get
        {
            string configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            return RepoPaths.InRepo("src", "Parley.Cli", "bin", configuration, "net10.0", "parley.dll");
        }
    }

    public string Output => string.Join('\n', lines);

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    public static ParleyProcess Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Assembly);
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return new ParleyProcess(Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start."));
    }

    /// <summary>Waits until the output contains <paramref name="text"/>; fails with the output when the process ends first or time runs out.</summary>
    public async Task WaitFor(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"'{text}' did not appear (exited: {process.HasExited}):\n{Output}");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>Waits for the process to end; returns its exit code.</summary>
    public async Task<int> Exit(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        return process.ExitCode;
    }

    /// <summary>SIGKILL: the process gets no chance to leave the cluster.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        process.Dispose();
    }
}
