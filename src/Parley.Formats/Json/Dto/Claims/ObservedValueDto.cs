using System.Text.Json.Serialization;
using Parley.Core.Claims;

namespace Parley.Formats.Json.Dto.Claims;

/// <summary>What one lens query of a claim's test answered.</summary>
/// <param name="Query">The query in canonical text.</param>
/// <param name="Offset">Where it starts in the test.</param>
/// <param name="Value">The answer, a boolean or a number; absent when unknown.</param>
/// <param name="Detail">The lens's explanation; absent when there is none.</param>
/// <param name="Missing">Why there is no value; absent when there is one.</param>
public sealed record ObservedValueDto(
    string Query,
    int Offset,
    [property: JsonConverter(typeof(ClaimAnswerDto.Converter))] ClaimAnswerDto? Value,
    string? Detail,
    string? Missing)
{
    /// <summary>The DTO of one observed value.</summary>
    public static ObservedValueDto From(ObservedValue observed)
    {
        ArgumentNullException.ThrowIfNull(observed);
        return new ObservedValueDto(
            observed.Query,
            observed.Offset,
            observed.Value is { } v ? (v.Type == ClaimValueType.Boolean ? ClaimAnswerDto.Of(v.Boolean) : ClaimAnswerDto.Of(v.Number)) : null,
            observed.Detail,
            observed.Missing);
    }
}
