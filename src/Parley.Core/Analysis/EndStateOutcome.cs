using System.Collections.Immutable;

namespace Parley.Core.Analysis;

/// <summary>One named end state under one variant, in words: how likely, how reached, which equilibria it holds.</summary>
/// <param name="Id">The end state's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Description">Its description, or null.</param>
/// <param name="Probability">Share of the draws of the uncertain figures in which the status-quo path ends in it.</param>
/// <param name="Hits">Those draws.</param>
/// <param name="Reachable">Whether the status quo reaches it by improvements (or lies in it); null without a conflict or status quo.</param>
/// <param name="HoldsNow">Whether the status quo already lies in it.</param>
/// <param name="Movers">The decision makers (or coalitions) whose moves lead there from the status quo, in order of first move.</param>
/// <param name="Path">A shortest path of improvements from the status quo into it, one move a line ("RU: a → b", states by the options taken).</param>
/// <param name="Equilibria">Per stability concept, whether it holds an equilibrium of that concept, and which.</param>
public sealed record EndStateOutcome(
    string Id,
    string Name,
    string? Description,
    double Probability,
    int Hits,
    bool? Reachable,
    bool HoldsNow,
    ImmutableArray<string> Movers,
    ImmutableArray<string> Path,
    ImmutableArray<EndStateEquilibria> Equilibria);
