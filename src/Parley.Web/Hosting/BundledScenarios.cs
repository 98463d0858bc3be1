namespace Parley.Web.Hosting;

/// <summary>The example scenarios shipped with Parley (the repository's <c>scenarios/*.yaml</c>, copied beside the app).</summary>
public sealed class BundledScenarios
{
    private readonly string folder = Path.Combine(AppContext.BaseDirectory, "scenarios");

    /// <summary>The examples' names (file names without extension), sorted.</summary>
    public IReadOnlyList<string> Names() =>
        Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, "*.yaml").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)]
            : [];

    /// <summary>An example's YAML, or null when there is no example of that name.</summary>
    public string? Read(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Names().Contains(name, StringComparer.Ordinal) ? File.ReadAllText(Path.Combine(folder, name + ".yaml")) : null;
    }
}
