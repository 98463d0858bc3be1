using Parley.Core.Analysis;
using Parley.Formats.Json.Dto.Common;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>What a claim's verdict rests on, by provenance: the red lines, figures, preference statements and levers that the lenses its test asks read. A verdict that rests on inferred red lines is the modeller's reading of the sources, and the report says so by name.</summary>
/// <param name="RedLines">Red lines (stands accepting fewer than all options) the test's agreement, window or end-state queries read.</param>
/// <param name="Figures">Walk-away values, weights, capabilities and interaction values those queries read.</param>
/// <param name="Preferences">Preference statements of the conflict, when the test asks the stability or end-state lens.</param>
/// <param name="Levers">The claim's levers, by the provenance of their effects.</param>
/// <param name="Judgements">The inferred and assumed red lines and levers by name ("RU on sanctions (inferred)"), in scenario order.</param>
public sealed record ClaimBasisDto(
    ProvenanceCountDto RedLines,
    ProvenanceCountDto Figures,
    ProvenanceCountDto Preferences,
    ProvenanceCountDto Levers,
    IEnumerable<string> Judgements)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static ClaimBasisDto From(ClaimBasis value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            ProvenanceCountDto.From(value.RedLines),
            ProvenanceCountDto.From(value.Figures),
            ProvenanceCountDto.From(value.Preferences),
            ProvenanceCountDto.From(value.Levers),
            value.Judgements);
    }
}
