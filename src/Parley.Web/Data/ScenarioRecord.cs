namespace Parley.Web.Data;

/// <summary>A scenario in the workspace: its owner and the number of its latest version.</summary>
public sealed class ScenarioRecord
{
    public Guid Id { get; set; }

    public required string OwnerId { get; set; }

    public required string Title { get; set; }

    public int LatestVersion { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public List<ScenarioVersionRecord> Versions { get; set; } = [];

    public List<ScenarioShareRecord> Shares { get; set; } = [];
}
