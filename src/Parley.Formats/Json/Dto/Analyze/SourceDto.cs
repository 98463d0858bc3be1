using Parley.Core.Model;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>A document that a position, figure, proposal, lever or claim cites.</summary>
/// <param name="Id">Unique id within the scenario, such as <c>R1</c>.</param>
/// <param name="Title">The title as the document gives it.</param>
/// <param name="Publisher">Who published it, or null.</param>
/// <param name="Date">Publication date as written (ISO 8601 preferred), or null.</param>
/// <param name="Address">Web address or other locator, or null.</param>
/// <param name="Kind"><c>record</c> (facts, positions) or <c>commentary</c> (claims only).</param>
public sealed record SourceDto(
    string Id,
    string Title,
    string? Publisher,
    string? Date,
    string? Address,
    string Kind)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static SourceDto From(Source value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            value.Id,
            value.Title,
            value.Publisher,
            value.Date,
            value.Address,
            EnumTokens.Of(value.Kind));
    }
}
