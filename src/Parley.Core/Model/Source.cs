namespace Parley.Core.Model;

/// <summary>A document that a position, figure, proposal, lever or claim cites.</summary>
/// <param name="Id">Unique id within the scenario, such as <c>R1</c>.</param>
/// <param name="Title">The title as the document gives it.</param>
/// <param name="Publisher">Who published it, or null.</param>
/// <param name="Date">Publication date as written (ISO 8601 preferred), or null.</param>
/// <param name="Address">Web address or other locator, or null.</param>
public sealed record Source(string Id, string Title, string? Publisher, string? Date, string? Address)
{
    /// <summary>A record (facts, positions) or a commentary (claims only).</summary>
    public SourceKind Kind { get; init; } = SourceKind.Record;
}
