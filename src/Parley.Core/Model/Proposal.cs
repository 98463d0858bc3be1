using System.Collections.Immutable;

namespace Parley.Core.Model;

/// <summary>A package put forward by someone (a mediator's plan), settling the issues it covers.</summary>
/// <param name="Id">Unique id within the scenario.</param>
/// <param name="Name">Display name.</param>
/// <param name="ProposedBy">Id of the actor that put it forward.</param>
/// <param name="Date">When, as written, or null.</param>
/// <param name="Terms">One term per covered issue.</param>
/// <param name="Description">A neutral sentence, or null.</param>
/// <param name="Sources">Ids of its sources.</param>
public sealed record Proposal(
    string Id,
    string Name,
    string ProposedBy,
    string? Date,
    ImmutableArray<ProposalTerm> Terms,
    string? Description,
    ImmutableArray<string> Sources);
