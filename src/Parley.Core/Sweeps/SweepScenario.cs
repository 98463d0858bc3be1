using System.Collections.Immutable;
using Parley.Core.Model;

namespace Parley.Core.Sweeps;

/// <summary>One scenario of a sweep, as the spec names it, and the answers collected from it.</summary>
/// <param name="Name">The scenario's file (or id) as the spec gives it.</param>
/// <param name="Scenario">The scenario read.</param>
/// <param name="Answers">The answers collected for each of its variants.</param>
public sealed record SweepScenario(string Name, Scenario Scenario, ImmutableArray<SweepAnswer> Answers);
