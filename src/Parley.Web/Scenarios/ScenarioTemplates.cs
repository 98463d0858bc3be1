using System.Reflection;

namespace Parley.Web.Scenarios;

/// <summary>
/// The blank scenarios a user may start from (<c>Templates/*.yaml</c>, embedded in the app): each a valid
/// scenario with comments saying what to replace. A template is stored as written, comments included.
/// </summary>
public static class ScenarioTemplates
{
    private const string Prefix = "Parley.Web.Templates.";

    /// <summary>Each template's name and one line on what it is for, in the order the library offers them.</summary>
    public static IReadOnlyList<(string Name, string Summary)> All { get; } =
    [
        ("bilateral", "Blank bilateral negotiation: two parties, a discrete and a numeric issue, a lever"),
        ("mediated", "Multi-party negotiation with a mediator and a backer, two tracks, a proposal"),
        ("conflict", "Conflict skeleton for the stability lens (GMCR): decision makers, options, preferences"),
    ];

    /// <summary>A template's YAML, or null when there is no template of that name.</summary>
    public static string? Read(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!All.Any(t => t.Name == name))
        {
            return null;
        }

        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Prefix + name + ".yaml")
            ?? throw new InvalidOperationException($"The template '{name}' is not embedded in the app.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
