using System.Collections.Immutable;

namespace Parley.Core.Model;

/// <summary>
/// A statement about the scenario made in commentary, kept to be tested against the lenses' results.
/// Commentary is a source of claims, never of facts.
/// </summary>
/// <param name="Id">Unique id within the scenario.</param>
/// <param name="Statement">The claim in words, attributed.</param>
/// <param name="Test">A machine-checkable expression over lens results, or null when not yet formalised.</param>
/// <param name="With">Ids of levers under which the claim is made.</param>
/// <param name="At">The time (in the dynamics horizon's unit) at which the claim is made, or null.</param>
/// <param name="Sources">Ids of the sources that make the claim.</param>
public sealed record Claim(
    string Id,
    string Statement,
    string? Test,
    ImmutableArray<string> With,
    double? At,
    ImmutableArray<string> Sources);
