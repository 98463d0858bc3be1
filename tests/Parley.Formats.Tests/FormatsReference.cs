namespace Parley.Formats.Tests;

/// <summary>Locates shared reference data and this project's test data.</summary>
internal static class FormatsReference
{
    private static readonly Lazy<string> Root = new(() => Parley.Tests.RepoPaths.InReference("forecasting", "data"));

    public static string Forecasting(string relative) => Path.Combine(Root.Value, relative);

    public static string TestData(string relative) => Path.Combine(AppContext.BaseDirectory, "TestData", relative);

}
