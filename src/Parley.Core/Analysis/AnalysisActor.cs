namespace Parley.Core.Analysis;

/// <summary>An actor as the report names it.</summary>
/// <param name="Id">The scenario id.</param>
/// <param name="Name">The display name.</param>
/// <param name="Role">party, mediator, backer, host or observer.</param>
public sealed record AnalysisActor(string Id, string Name, string Role);
