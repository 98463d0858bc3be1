namespace Parley.Web.Scenarios;

/// <summary>A version of a scenario with its YAML, as read by a user with <paramref name="Role"/>.</summary>
public sealed record ScenarioVersion(Guid Id, string Title, int Version, int LatestVersion, string Role, string Yaml, string Sha256);
