using Parley.Core.Analysis;
using Parley.Formats.Json.Dto.Common;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>
/// The document of <c>parley analyze --format json</c> and of <c>result.json</c> (see <c>docs/json-output.md</c>,
/// section <c>analyze</c>). One property per section; each section has its own DTO, so a new section (end states,
/// a timeline) is one more property and one more type. Collections are enumerated while the document is written.
/// </summary>
/// <param name="ScenarioId">The scenario's id.</param>
/// <param name="Title">The scenario's title.</param>
/// <param name="Description">The scenario's description, if any.</param>
/// <param name="Seed">Master seed of every Monte Carlo draw.</param>
/// <param name="MonteCarloRuns">Draws per forecast.</param>
/// <param name="Actors">The actors.</param>
/// <param name="Tracks">The tracks, in scenario order.</param>
/// <param name="Variants">The scenario as given, then each lever, then each asked combination.</param>
/// <param name="Skipped">Lenses not run, and why.</param>
/// <param name="Claims">Each claim tested.</param>
/// <param name="Comparisons">What each variant changes against the scenario as given.</param>
/// <param name="Sources">Every source cited.</param>
public sealed record AnalyzeDocument(
    string ScenarioId,
    string Title,
    string? Description,
    ulong Seed,
    int MonteCarloRuns,
    IEnumerable<AnalysisActorDto> Actors,
    IEnumerable<string> Tracks,
    IEnumerable<VariantDto> Variants,
    IEnumerable<SkippedLensDto> Skipped,
    IEnumerable<ClaimOutcomeDto> Claims,
    IEnumerable<LeverComparisonDto> Comparisons,
    IEnumerable<SourceDto> Sources) : OutputDocument("analyze", ScenarioId)
{
    /// <summary>The date every variant was taken as of (<c>--at</c>), or absent for the scenario as written.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>The scenario's dated positions, revisions and proposals on a date axis, or absent when nothing in it is dated.</summary>
    public ScenarioTimelineDto? Timeline { get; init; }

    /// <summary>The document of <paramref name="result"/>; nothing is copied until it is written.</summary>
    public static AnalyzeDocument From(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new AnalyzeDocument(
            result.ScenarioId,
            result.Title,
            result.Description,
            result.Seed,
            result.MonteCarloRuns,
            result.Actors.Select(AnalysisActorDto.From),
            result.Tracks,
            result.Variants.Select(VariantDto.From),
            result.Skipped.Select(SkippedLensDto.From),
            result.Claims.Select(ClaimOutcomeDto.From),
            result.Comparisons.Select(LeverComparisonDto.From),
            result.Sources.Select(SourceDto.From))
        {
            AsOf = result.AsOf,
            Timeline = result.Timeline is { } timeline ? ScenarioTimelineDto.From(timeline) : null,
        };
    }
}
