using System.Text.Json.Serialization;

namespace Parley.Formats.Json.Dto.Forecast;

/// <summary>An actor with a position on an issue.</summary>
/// <param name="Id">The actor's id.</param>
/// <param name="Position">Its position on the 0–100 axis.</param>
public sealed record IssueActorDto(string Id, double Position);
