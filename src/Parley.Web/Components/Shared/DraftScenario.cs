namespace Parley.Web.Components.Shared;

/// <summary>An imported YAML with errors, held for the user's session (circuit) until they fix and save it in the editor.</summary>
public sealed class DraftScenario
{
    public string? Yaml { get; set; }
}
