namespace Parley.Web.Scenarios;

/// <summary>A scenario as listed in a user's library.</summary>
public sealed record ScenarioSummary(Guid Id, string Title, int Version, string Role, string Owner, DateTime UpdatedAt);
