namespace Parley.Formats.Yaml;

/// <summary>
/// The rule every id of a scenario file follows (actors, issues, options, levers, proposals, claims, sources):
/// one word, no spaces. The reader reports a broken rule as a diagnostic; the workspace's form checks a new id
/// with the same rule before it adds it, so an id the form accepts is one the reader reads back.
/// </summary>
public static class ScenarioIds
{
    /// <summary>Whether <paramref name="id"/> is a well-formed id (it says nothing of uniqueness).</summary>
    public static bool IsWellFormed(string? id) => !string.IsNullOrEmpty(id) && !id.Any(char.IsWhiteSpace);

    /// <summary>The sentence saying why <paramref name="id"/> is not well-formed, or null when it is.</summary>
    /// <param name="id">The id as written.</param>
    /// <param name="key">The key that holds it (<c>id</c> for most lists).</param>
    public static string? Problem(string? id, string key = "id") =>
        IsWellFormed(id) ? null : $"The {key} '{id}' must be one word without spaces (letters, digits, '-' or '_').";
}
