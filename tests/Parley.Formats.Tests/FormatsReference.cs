namespace Parley.Formats.Tests;

/// <summary>Locates shared reference data and this project's test data.</summary>
internal static class FormatsReference
{
    private static readonly Lazy<string> Root = new(Locate);

    public static string Forecasting(string relative) => Path.Combine(Root.Value, relative);

    public static string TestData(string relative) => Path.Combine(AppContext.BaseDirectory, "TestData", relative);

    private static string Locate()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            foreach (var candidate in new[]
            {
                Path.Combine(dir.FullName, "shared", "reference", "forecasting", "data"),
                Path.Combine(dir.FullName, "..", "shared", "reference", "forecasting", "data"),
            })
            {
                if (Directory.Exists(candidate))
                {
                    return Path.GetFullPath(candidate);
                }
            }

            dir = dir.Parent;
        }

        throw new DirectoryNotFoundException("shared/reference/forecasting/data was not found above " + AppContext.BaseDirectory);
    }
}
