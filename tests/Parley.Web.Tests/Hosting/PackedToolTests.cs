using System.Diagnostics;
using System.Net;
using Parley.Tests;

namespace Parley.Web.Tests.Hosting;

/// <summary>
/// The packed tool serves the workspace: <c>dotnet pack src/Parley.Cli</c>, <c>dotnet tool install</c> into a
/// temporary tool path, <c>parley serve</c> started from an unrelated folder, and the pages, Blazor's script and the
/// component libraries' <c>_content/</c> assets answered from the installed package.
/// </summary>
public sealed class PackedToolTests
{
    [PackedToolFact]
    public async Task PackedTool_Serve_AnswersThePagesAndTheComponentLibrariesAssets()
    {
        string root = Path.Combine(Path.GetTempPath(), "parley-pack-test", Guid.NewGuid().ToString("N"));
        string packages = Path.Combine(root, "packages"), tools = Path.Combine(root, "tools"), elsewhere = Path.Combine(root, "elsewhere");
        Directory.CreateDirectory(elsewhere);
        await Run("dotnet", ["pack", RepoPaths.InRepo("src", "Parley.Cli"), "-c", "Release", "-o", packages], RepoPaths.Root);
        string version = Path.GetFileNameWithoutExtension(Directory.GetFiles(packages, "Parley.Cli.*.nupkg").Single())["Parley.Cli.".Length..];
        await Run("dotnet", ["tool", "install", "--tool-path", tools, "--add-source", packages, "Parley.Cli", "--version", version], elsewhere);

        int port = FreePort.Next();
        var info = new ProcessStartInfo(Path.Combine(tools, "parley")) { WorkingDirectory = elsewhere, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--data", Path.Combine(root, "data") })
        {
            info.ArgumentList.Add(arg);
        }

        using var serve = Process.Start(info)!;
        serve.OutputDataReceived += (_, _) => { };
        serve.ErrorDataReceived += (_, _) => { };
        serve.BeginOutputReadLine();
        serve.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://localhost:{port}"), Timeout = TimeSpan.FromSeconds(30) };
            // Up to 240 tries half a second apart for the server to listen; a server that never does
            // (or exits) fails the test with the request's own error.
            for (int tries = 1; ; tries++, await Task.Delay(500))
            {
                try
                {
                    if ((await http.GetAsync("/health")).IsSuccessStatusCode)
                    {
                        break;
                    }
                }
                catch (HttpRequestException) when (tries < 240 && !serve.HasExited)
                {
                    // Not listening yet.
                }
            }

            foreach (var path in new[] { "/login", "/_framework/blazor.web.js", "/_content/MudBlazor/MudBlazor.min.css", "/_content/MudBlazor/MudBlazor.min.js", "/_content/BlazorMonaco/jsInterop.js", "/app.css" })
            {
                var response = await http.GetAsync(path);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
                Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 0, $"{path} is empty");
            }
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            await serve.WaitForExitAsync();
        }
    }

    private static async Task Run(string file, string[] arguments, string directory)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = directory, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in arguments)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', arguments)} failed:\n{await output}\n{await errors}");
    }
}
