using Parley.Core.Analysis;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>An actor's position on an issue's scale as the forecast models read it.</summary>
/// <param name="ActorId">The actor.</param>
/// <param name="Value">The position on the scale.</param>
/// <param name="Capability">The actor's capability (clout).</param>
/// <param name="Salience">How much the issue matters to the actor, 0–1.</param>
public sealed record ActorPositionDto(
    string ActorId,
    double Value,
    double Capability,
    double Salience)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static ActorPositionDto From(ActorPosition value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            value.ActorId,
            value.Value,
            value.Capability,
            value.Salience);
    }
}
