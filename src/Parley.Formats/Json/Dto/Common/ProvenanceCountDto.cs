using Parley.Core.Model;

namespace Parley.Formats.Json.Dto.Common;

/// <summary>How many items of one kind are stated, inferred (the modeller's reading of a source) and assumed.</summary>
/// <param name="Stated">Stated by the actor, with a source.</param>
/// <param name="Inferred">The modeller's reading of a source, with the reasoning in a note.</param>
/// <param name="Assumed">The modeller's judgement.</param>
/// <param name="Total">All three together.</param>
public sealed record ProvenanceCountDto(
    int Stated,
    int Inferred,
    int Assumed,
    int Total)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static ProvenanceCountDto From(ProvenanceCount value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            value.Stated,
            value.Inferred,
            value.Assumed,
            value.Total);
    }
}
