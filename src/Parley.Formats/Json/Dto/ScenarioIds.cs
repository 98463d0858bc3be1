namespace Parley.Formats.Json.Dto;

/// <summary>The <c>scenarioId</c> of inputs that are not scenarios (a .gmcr conflict, a KTAB, EUM or DEU table).</summary>
public static class ScenarioIds
{
    /// <summary>The scenario's id when there is one; otherwise the file's name without its extension.</summary>
    public static string Of(string? scenarioId, string file) =>
        scenarioId ?? Path.GetFileNameWithoutExtension(file);
}
