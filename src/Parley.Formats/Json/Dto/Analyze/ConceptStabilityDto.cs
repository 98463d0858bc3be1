using Parley.Core.Analysis;
using Parley.Core.Stability;
using Parley.Core.Vocabulary;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>One stability concept: its equilibria, whether the status quo is stable and why, the paths from it.</summary>
/// <param name="Concept">The concept's token (<c>nash</c>, <c>gmr</c>, <c>smr</c>, <c>seq</c>, <c>sim</c> or <c>seq-sim</c>).</param>
/// <param name="Equilibria">The states stable for every decision maker (gmcr-py numbers, 1-based).</param>
/// <param name="StatusQuoStable">Whether the status quo is an equilibrium, or null when the conflict names none.</param>
/// <param name="Reasons">Per decision maker, why the status quo is (not) stable for it.</param>
/// <param name="Paths">Shortest sequences of unilateral improvements from the status quo to each equilibrium.</param>
/// <param name="Sensitivity">The preference statements whose removal flips whether the status quo is an equilibrium (the scenario as given only; null otherwise).</param>
/// <param name="Robustness">The verdict's frequency over the draws: the graph model depends on no drawn figure, so every draw agrees (the scenario as given only; null otherwise).</param>
/// <param name="Deterrence">Per decision maker, deterrence at the status quo: nothing tempts it, or what tempts it and the sanction that deters it (empty without a status quo).</param>
public sealed record ConceptStabilityDto(
    string Concept,
    IEnumerable<int> Equilibria,
    bool? StatusQuoStable,
    IEnumerable<string> Reasons,
    IEnumerable<StatusQuoPathDto> Paths,
    VerdictSensitivityDto? Sensitivity,
    RobustnessDto? Robustness,
    IEnumerable<DeterrenceDto> Deterrence)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static ConceptStabilityDto From(ConceptStability value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            Terms.Token(value.Concept),
            value.Equilibria.Select(GraphModel.Ordinal),
            value.StatusQuoStable,
            value.Reasons,
            value.Paths.Select(StatusQuoPathDto.From),
            value.Sensitivity is null ? null : VerdictSensitivityDto.From(value.Sensitivity),
            value.Robustness is null ? null : RobustnessDto.From(value.Robustness),
            value.Deterrence.Select(DeterrenceDto.From));
    }
}
