using Parley.Core.Analysis;

namespace Parley.Formats.Json.Dto.Analyze;

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
public sealed record EndStateOutcomeDto(
    string Id,
    string Name,
    string? Description,
    double Probability,
    int Hits,
    bool? Reachable,
    bool HoldsNow,
    IEnumerable<string> Movers,
    IEnumerable<string> Path,
    IEnumerable<EndStateEquilibriaDto> Equilibria)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static EndStateOutcomeDto From(EndStateOutcome value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            value.Id,
            value.Name,
            value.Description,
            value.Probability,
            value.Hits,
            value.Reachable,
            value.HoldsNow,
            value.Movers,
            value.Path,
            value.Equilibria.Select(EndStateEquilibriaDto.From));
    }
}
