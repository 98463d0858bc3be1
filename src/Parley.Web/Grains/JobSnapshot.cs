namespace Parley.Web.Grains;

/// <summary>A background analysis as its caller sees it.</summary>
[GenerateSerializer, Immutable]
public sealed record JobSnapshot(
    [property: Id(0)] Guid ScenarioId,
    [property: Id(1)] int Version,
    [property: Id(2)] string Status,
    [property: Id(3)] int Done,
    [property: Id(4)] int Total,
    [property: Id(5)] string? Message,
    [property: Id(6)] string? ResultJson,
    [property: Id(7)] DateTime StartedAt,
    [property: Id(8)] DateTime? FinishedAt);
