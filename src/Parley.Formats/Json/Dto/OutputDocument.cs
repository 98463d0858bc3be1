using System.Text.Json.Serialization;

namespace Parley.Formats.Json.Dto;

/// <summary>
/// What every <c>--format json</c> document and <c>result.json</c> carries (see <c>docs/json-output.md</c>):
/// <c>schemaVersion</c>, <c>command</c> and <c>scenarioId</c> first, the command's own keys, then
/// <c>diagnostics</c> last. Each command's document derives from this record, so the envelope is written
/// the same way everywhere and a reader can check the version before it reads anything else.
/// </summary>
/// <param name="Command">The command that wrote the document (<c>analyze</c>, <c>agree</c>, …), as typed on the command line.</param>
/// <param name="ScenarioId">The scenario's id; for files without one (a .gmcr conflict, a DEU table) the file's name without its extension; null when the input could not be read.</param>
public abstract record OutputDocument(
    [property: JsonPropertyOrder(-3)] string Command,
    [property: JsonPropertyOrder(-2)] string? ScenarioId)
{
    /// <summary>
    /// The version of the JSON shape. 1 was the unversioned output before DTOs (counts as strings in
    /// <c>analyze</c>, <c>scenario</c>/<c>source</c> keys); 2 is the shape documented in <c>docs/json-output.md</c>
    /// with enum values in camelCase; 3 spells every enum value in kebab-case (<c>agreement-possible</c>).
    /// Raised whenever a key is renamed, removed or changes type, or a value is spelt differently; adding a key does not raise it.
    /// </summary>
    public const int CurrentSchemaVersion = 3;

    /// <summary>The version of this document's shape (<see cref="CurrentSchemaVersion"/>).</summary>
    [JsonPropertyOrder(-4)]
    public int SchemaVersion => CurrentSchemaVersion;

    /// <summary>Warnings and errors of reading the input (and of the run), in the order they were found.</summary>
    [JsonPropertyOrder(10_000)]
    public IReadOnlyList<DiagnosticJson> Diagnostics { get; init; } = [];
}
