namespace Parley.Web.Scenarios;

/// <summary>One saved version of a scenario.</summary>
public sealed record VersionSummary(int Version, string Title, string Author, DateTime CreatedAt, string Sha256);
