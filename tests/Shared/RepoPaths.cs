namespace Parley.Tests;

/// <summary>
/// Finds the repository root and the shared reference folder from a test's output directory, so tests run
/// the same from an IDE, from `dotnet test` and in CI (where `shared/` sits beside the clone).
/// </summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Parley.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Parley.slnx above {AppContext.BaseDirectory}.");
    });

    private static readonly Lazy<string?> ReferencePath = new(() =>
    {
        for (var dir = new DirectoryInfo(Root); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "reference");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    });

    /// <summary>The repository root (the folder holding Parley.slnx).</summary>
    public static string Root => RootPath.Value;

    /// <summary>Why tests that read the shared reference folder are skipped on this machine, or null when it is there.</summary>
    public static string? ReferenceMissing => ReferencePath.Value is null
        ? $"needs the shared reference data: no shared/reference folder above {Root} (CI lays shared/ beside the clone; put it there to run this test)"
        : null;

    /// <summary>The shared reference folder (facts, formats and test vectors).</summary>
    public static string Reference => ReferencePath.Value
        ?? throw new InvalidOperationException(ReferenceMissing);

    /// <summary>A path below the repository root.</summary>
    public static string InRepo(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>A path below the shared reference folder.</summary>
    public static string InReference(params string[] parts) => Path.Combine([Reference, .. parts]);
}
