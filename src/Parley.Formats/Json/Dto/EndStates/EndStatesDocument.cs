namespace Parley.Formats.Json.Dto.EndStates;

/// <summary>The document of <c>parley endstates --format json</c> (see <c>docs/json-output.md</c>, section <c>endstates</c>).</summary>
/// <param name="ScenarioId">The scenario's id.</param>
/// <param name="Title">The scenario's title.</param>
/// <param name="Variants">The scenario as given, then each lever alone.</param>
public sealed record EndStatesDocument(string ScenarioId, string Title, IEnumerable<EndStateVariantDto> Variants) : OutputDocument("endstates", ScenarioId)
{
    /// <summary>The date the variants were taken as of (<c>--at</c>, <c>YYYY-MM-DD</c>); absent without one.</summary>
    public string? AsOf { get; init; }
}
