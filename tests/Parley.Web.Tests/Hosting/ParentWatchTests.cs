using System.Diagnostics;
using System.Globalization;
using Parley.Web.Hosting;

namespace Parley.Web.Tests.Hosting;

/// <summary>
/// A workspace started by <c>parley serve</c> stops by itself, gracefully, once that command has ended — even killed
/// outright — so no workspace is left running without the command that a user sees.
/// </summary>
public sealed class ParentWatchTests
{
    [Fact]
    public async Task ParentKilled_TheWorkspaceStopsByItself_Gracefully()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // The stand-in parent below is `sleep`; the watch itself is the same on every platform.
        }

        string data = Path.Combine(Path.GetTempPath(), "parley-parent-tests", Guid.NewGuid().ToString("N"));
        using var parent = Process.Start(new ProcessStartInfo("sleep", "600") { UseShellExecute = false })!;
        using var workspace = await WorkspaceProcess.Start(data, null, new Dictionary<string, string>
        {
            [ParentWatch.Variable] = parent.Id.ToString(CultureInfo.InvariantCulture),
        });
        Assert.False(workspace.HasExited);

        parent.Kill();
        await parent.WaitForExitAsync();
        for (int tries = 0; tries < 240 && !workspace.HasExited; tries++)
        {
            await Task.Delay(250);
        }

        Assert.True(workspace.HasExited, "The workspace kept running after the command that started it was killed.");
        Assert.Equal(0, workspace.ExitCode);
    }
}
