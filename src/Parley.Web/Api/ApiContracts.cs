using Parley.Web.Analysis;

namespace Parley.Web.Api;

/// <summary>An e-mail address and password, to register or to log in.</summary>
public sealed record Credentials(string Email, string Password);

/// <summary>A scenario was saved: its id and the number of the version written.</summary>
public sealed record SavedScenario(Guid Id, int Version, IReadOnlyList<Parley.Formats.Json.DiagnosticJson> Warnings);

/// <summary>An imported scenario: its id, version, the readers' warnings, and the changes the conversion made (ids renamed, parts the scenario format cannot hold).</summary>
public sealed record ImportedScenario(Guid Id, int Version, IReadOnlyList<Parley.Formats.Json.DiagnosticJson> Warnings, IReadOnlyList<string> Changes);

/// <summary>A template a new scenario may start from.</summary>
public sealed record TemplateSummary(string Name, string Summary);

/// <summary>Share a scenario with the account of <paramref name="Email"/> as <c>viewer</c> or <c>editor</c>.</summary>
public sealed record ShareRequest(string Email, string Role);

/// <summary>A what-if's answer, which version answered it, whether it came from the version's cache, and how long it took.</summary>
public sealed record WhatIfResponse(int Version, bool Cached, double Milliseconds, WhatIfAnswer Answer);

/// <summary>Options of a background analysis: Monte Carlo draws per issue and the time budget in seconds.</summary>
public sealed record AnalysisRequest(int? MonteCarloRuns, int? BudgetSeconds, int? Version);

/// <summary>A background analysis: its id, progress, and when finished its result (<c>result.json</c>).</summary>
public sealed record JobResponse(Guid Id, Guid ScenarioId, int Version, string Status, int Done, int Total, string? Message, DateTime StartedAt, DateTime? FinishedAt, System.Text.Json.JsonElement? Result);
