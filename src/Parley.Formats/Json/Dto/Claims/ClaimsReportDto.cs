using Parley.Core.Claims;

namespace Parley.Formats.Json.Dto.Claims;

/// <summary>
/// Claim results as JSON (see <c>docs/json-output.md</c>, section <c>claims</c>): the scenario, the caller's
/// levers, the draws and seed, a count per verdict, and one entry per claim. Not a command's document (no
/// command prints it alone), so it carries no envelope.
/// </summary>
/// <param name="ScenarioId">The scenario's id.</param>
/// <param name="Levers">Levers the caller added to every claim.</param>
/// <param name="Draws">Monte Carlo draws made per claim; 0 when none were asked or no figure is uncertain.</param>
/// <param name="Seed">Master seed of the draws.</param>
/// <param name="Summary">How many claims got each verdict.</param>
/// <param name="Claims">One entry per claim, in scenario order.</param>
public sealed record ClaimsReportDto(
    string ScenarioId,
    IEnumerable<string> Levers,
    int Draws,
    ulong Seed,
    VerdictCountsDto Summary,
    IEnumerable<ClaimResultDto> Claims)
{
    /// <summary>The DTO of a claim evaluation.</summary>
    public static ClaimsReportDto From(ClaimEvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new ClaimsReportDto(
            report.ScenarioId,
            report.Levers,
            report.Draws,
            report.Seed,
            new VerdictCountsDto(report.Count(ClaimVerdict.Supported), report.Count(ClaimVerdict.Refuted), report.Count(ClaimVerdict.Undecidable)),
            report.Claims.Select(ClaimResultDto.From));
    }
}
