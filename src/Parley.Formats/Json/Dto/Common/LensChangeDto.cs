using Parley.Core.Analysis;
using Parley.Formats.Text;

namespace Parley.Formats.Json.Dto.Common;

/// <summary>What a lever does to one answer of one lens, in the words of <see cref="LensChangeText"/>.</summary>
/// <param name="Lens">agreement, stability, forecast or windows.</param>
/// <param name="Subject">What is compared: a track, a concept, an issue.</param>
/// <param name="Before">The answer for the scenario as given.</param>
/// <param name="After">The answer with the lever.</param>
/// <param name="Changed">Whether the answer changes (a verdict flips, stability changes, a median moves by more than the threshold).</param>
public sealed record LensChangeDto(
    string Lens,
    string Subject,
    string Before,
    string After,
    bool Changed)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static LensChangeDto From(LensChange value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            LensChangeText.Lens(value.Lens),
            LensChangeText.Subject(value.Subject),
            LensChangeText.Reading(value.Before),
            LensChangeText.Reading(value.After),
            value.Changed);
    }
}
