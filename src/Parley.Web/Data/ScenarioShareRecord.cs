namespace Parley.Web.Data;

/// <summary>A scenario shared with a user as viewer or editor.</summary>
public sealed class ScenarioShareRecord
{
    public Guid ScenarioId { get; set; }

    public required string UserId { get; set; }

    public ShareRole Role { get; set; }
}
