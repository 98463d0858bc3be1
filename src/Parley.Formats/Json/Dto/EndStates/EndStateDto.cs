using System.Text.Json.Serialization;
using Parley.Core.EndStates;
using Parley.Core.Stability;
using Parley.Core.Vocabulary;

namespace Parley.Formats.Json.Dto.EndStates;

/// <summary>One named end state under one variant.</summary>
/// <param name="Id">The end state's id.</param>
/// <param name="Name">Its name, or null (written) when the scenario does not name it.</param>
/// <param name="Probability">Share of the draws in which the status-quo path ends in it.</param>
/// <param name="Hits">Those draws.</param>
/// <param name="Reachable">Whether the status quo reaches it by improvements (or lies in it); null (written) without a conflict or status quo.</param>
/// <param name="Movers">The decision makers (or coalitions) whose moves lead there, in order of first move.</param>
/// <param name="Path">A shortest path of improvements from the status quo into it.</param>
/// <param name="Equilibria">Per stability concept token (<c>nash</c>, <c>seq</c> …), the equilibria (state numbers) that lie in it.</param>
public sealed record EndStateDto(
    string Id,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Name,
    double Probability,
    int Hits,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] bool? Reachable,
    IEnumerable<string> Movers,
    IEnumerable<EndStateMoveDto> Path,
    IReadOnlyDictionary<string, IEnumerable<int>> Equilibria)
{
    /// <summary>The DTO of one end state's result; <paramref name="name"/> is the scenario's name for it.</summary>
    public static EndStateDto From(EndStateResult result, string? name)
    {
        ArgumentNullException.ThrowIfNull(result);
        var equilibria = new Dictionary<string, IEnumerable<int>>();
        foreach (var c in result.Equilibria)
        {
            equilibria[Terms.Token(c.Concept)] = c.States.Select(GraphModel.Ordinal);
        }

        return new EndStateDto(
            result.EndStateId,
            name,
            result.Probability,
            result.Hits,
            result.Reachable,
            result.Movers,
            result.Path.Select(m => new EndStateMoveDto(GraphModel.Ordinal(m.From), GraphModel.Ordinal(m.To), m.Mover)),
            equilibria);
    }
}
