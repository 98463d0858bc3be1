using System.Text.Json.Serialization;
using Parley.Core.Analysis;
using Parley.Core.Stability;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>A unilateral move of the graph model.</summary>
/// <param name="FromState">Start state (gmcr-py number, 1-based).</param>
/// <param name="To">End state (gmcr-py number).</param>
/// <param name="Mover">The decision maker who moves.</param>
/// <param name="Improvement">Whether the mover prefers <paramref name="To" /> to <paramref name="FromState" />.</param>
public sealed record StateEdgeDto(
    [property: JsonPropertyName("from")] int FromState,
    int To,
    string Mover,
    bool Improvement)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static StateEdgeDto From(StateEdge value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            GraphModel.Ordinal(value.From),
            GraphModel.Ordinal(value.To),
            value.Mover,
            value.Improvement);
    }
}
