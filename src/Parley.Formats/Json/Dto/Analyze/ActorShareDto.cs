using Parley.Core.Analysis;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>A share of Monte Carlo draws that concerns one actor.</summary>
/// <param name="ActorId">The actor.</param>
/// <param name="Share">The share (0–1).</param>
public sealed record ActorShareDto(
    string ActorId,
    double Share)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static ActorShareDto From(ActorShare value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            value.ActorId,
            value.Share);
    }
}
