using System.Text.Json.Serialization;
using Parley.Core.Stability;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>One move in a path: from one state to another, by a decision maker or coalition.</summary>
/// <param name="FromState">State (gmcr-py number) before the move.</param>
/// <param name="To">State (gmcr-py number) after the move.</param>
/// <param name="Mover">Who moves: an actor id, or member ids joined by '+'.</param>
public sealed record MoveDto(
    [property: JsonPropertyName("from")] int FromState,
    int To,
    string Mover)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static MoveDto From(Move value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            GraphModel.Ordinal(value.From),
            GraphModel.Ordinal(value.To),
            value.Mover);
    }
}
