using System.Diagnostics;
using System.Globalization;
using Parley.Tests;

namespace Parley.Web.Tests.Hosting;

/// <summary>The workspace as its own process (<c>dotnet Parley.Web.dll</c>), so a test can kill it outright.</summary>
public sealed class WorkspaceProcess : IDisposable
{
    private readonly Process process;

    private WorkspaceProcess(Process process, int port)
    {
        this.process = process;
        Port = port;
    }

    public int Port { get; }

    public Uri Address => new($"http://localhost:{Port}");

    /// <summary>True once the process has ended.</summary>
    public bool HasExited => process.HasExited;

    /// <summary>The exit code, once <see cref="HasExited"/>.</summary>
    public int ExitCode => process.ExitCode;

    /// <summary>The built Parley.Web.dll of the same configuration as the tests.</summary>
    public static string Assembly
    {
        get
        {
            string configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            return RepoPaths.InRepo("src", "Parley.Web", "bin", configuration, "net10.0", "Parley.Web.dll");
        }
    }

    /// <summary>Starts the workspace on <paramref name="data"/> (or <paramref name="database"/>) and waits until <c>/health</c> answers.</summary>
    public static async Task<WorkspaceProcess> Start(string data, string? database, IReadOnlyDictionary<string, string>? environment = null)
    {
        int port = FreePort.Next();
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            Assembly, "--port", port.ToString(CultureInfo.InvariantCulture), "--data", data,
            "--Orleans:SiloPort", FreePort.Next().ToString(CultureInfo.InvariantCulture),
            "--Orleans:GatewayPort", FreePort.Next().ToString(CultureInfo.InvariantCulture),
        })
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        if (database is not null)
        {
            info.ArgumentList.Add("--database");
            info.ArgumentList.Add(database);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => output.Enqueue(e.Data ?? string.Empty);
        process.ErrorDataReceived += (_, e) => output.Enqueue(e.Data ?? string.Empty);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var workspace = new WorkspaceProcess(process, port);
        using var http = new HttpClient { BaseAddress = workspace.Address };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                process.WaitForExit();
                throw new InvalidOperationException($"The workspace exited with code {process.ExitCode} before answering:\n{string.Join('\n', output.TakeLast(30))}");
            }

            try
            {
                if ((await http.GetAsync("/health")).IsSuccessStatusCode)
                {
                    return workspace;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        workspace.Kill();
        throw new TimeoutException("The workspace did not answer /health within 2 minutes.");
    }

    /// <summary>SIGKILL: the process gets no chance to flush or close anything.</summary>
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
