namespace Parley.Web.Data;

/// <summary>One saved version of a scenario: the YAML exactly as saved. Versions are never changed after they are written.</summary>
public sealed class ScenarioVersionRecord
{
    public Guid ScenarioId { get; set; }

    public int Number { get; set; }

    public required string Title { get; set; }

    public required string Yaml { get; set; }

    /// <summary>SHA-256 of the UTF-8 YAML, in lower-case hex: lets a reader check that a version is intact.</summary>
    public required string Sha256 { get; set; }

    public required string AuthorId { get; set; }

    public DateTime CreatedAt { get; set; }
}
