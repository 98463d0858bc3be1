using Parley.Tests;

namespace Parley.Cli.Tests;

/// <summary>
/// Golden-file comparison of console output. Set PARLEY_UPDATE_GOLDEN=1 to rewrite the files after an
/// intended change, then review the diff.
/// </summary>
internal static class Golden
{
    public static void Match(string name, string actual)
    {
        string path = RepoPaths.InRepo("tests", "Parley.Cli.Tests", "Golden", name);
        string normalised = actual.Replace(RepoPaths.Root, "<repo>", StringComparison.Ordinal).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("PARLEY_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, normalised);
        }

        Assert.True(File.Exists(path), $"No golden file {path}; run with PARLEY_UPDATE_GOLDEN=1 to create it.");
        Assert.Equal(File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal), normalised);
    }
}
