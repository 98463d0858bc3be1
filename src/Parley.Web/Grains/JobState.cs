namespace Parley.Web.Grains;

/// <summary>A background analysis: whose, of which version, how far it has got, and its result.</summary>
[GenerateSerializer]
public sealed class JobState
{
    [Id(0)] public Guid ScenarioId { get; set; }

    [Id(1)] public int Version { get; set; }

    [Id(2)] public string Status { get; set; } = JobStatus.None;

    [Id(3)] public int Done { get; set; }

    [Id(4)] public int Total { get; set; }

    [Id(5)] public string? Message { get; set; }

    /// <summary>The analysis as <c>result.json</c> (the same document <c>parley analyze --format json</c> prints).</summary>
    [Id(6)] public string? ResultJson { get; set; }

    [Id(7)] public DateTime StartedAt { get; set; }

    [Id(8)] public DateTime? FinishedAt { get; set; }

    [Id(9)] public int BudgetSeconds { get; set; }
}
