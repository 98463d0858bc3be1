using Parley.Core.Analysis;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>A lens the analysis did not run, with the one-line reason (usually a missing scenario section).</summary>
/// <param name="Lens">agreement, stability, forecast or windows.</param>
/// <param name="Reason">What is missing and how to add it.</param>
public sealed record SkippedLensDto(
    string Lens,
    string Reason)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static SkippedLensDto From(SkippedLens value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            value.Lens,
            value.Reason);
    }
}
