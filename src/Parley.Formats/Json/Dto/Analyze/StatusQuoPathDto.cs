using System.Text.Json.Serialization;
using Parley.Core.Stability;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>A shortest path of improvements from the status quo to a target state, or the fact that there is none.</summary>
/// <param name="FromState">The starting state (gmcr-py number, 1-based).</param>
/// <param name="Target">The target state, an equilibrium (gmcr-py number).</param>
/// <param name="Reachable">True when a path exists.</param>
/// <param name="Steps">The steps: unilateral improvements by one decision maker, or coalitional improvements by a coalition (mover names joined by '+'); empty when the target is the start or unreachable.</param>
public sealed record StatusQuoPathDto(
    [property: JsonPropertyName("from")] int FromState,
    int Target,
    bool Reachable,
    IEnumerable<MoveDto> Steps)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static StatusQuoPathDto From(StatusQuoPath value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            GraphModel.Ordinal(value.From),
            GraphModel.Ordinal(value.Target),
            value.Reachable,
            value.Steps.Select(MoveDto.From));
    }
}
