using Parley.Core.Analysis;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>An actor as the report names it.</summary>
/// <param name="Id">The scenario id.</param>
/// <param name="Name">The display name.</param>
/// <param name="Role">party, mediator, backer, host or observer.</param>
public sealed record AnalysisActorDto(
    string Id,
    string Name,
    string Role)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static AnalysisActorDto From(AnalysisActor value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            value.Id,
            value.Name,
            value.Role);
    }
}
