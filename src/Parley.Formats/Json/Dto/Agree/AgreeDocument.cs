using Parley.Core.Agreement;

namespace Parley.Formats.Json.Dto.Agree;

/// <summary>
/// The document of <c>parley agree --format json</c> (see <c>docs/json-output.md</c>, section <c>agree</c>):
/// the result for the whole scenario, one per analysed track, the chosen tracks together, and the proposals.
/// </summary>
/// <param name="ScenarioId">The scenario's id (for GENIUS and GeniusWeb imports, the domain's name).</param>
/// <param name="Title">The scenario's title.</param>
/// <param name="Levers">Levers pulled before the analysis, in order.</param>
/// <param name="Whole">Every track at once.</param>
/// <param name="Tracks">One result per analysed track.</param>
/// <param name="Selection">The chosen tracks together, when two or more were chosen; null otherwise.</param>
/// <param name="Proposals">One per proposal touching the analysed tracks.</param>
public sealed record AgreeDocument(
    string ScenarioId,
    string Title,
    IEnumerable<string> Levers,
    AgreementResultDto Whole,
    IEnumerable<AgreementResultDto> Tracks,
    AgreementResultDto? Selection,
    IEnumerable<ProposalDto> Proposals) : OutputDocument("agree", ScenarioId)
{
    /// <summary>The document of <paramref name="report"/>; packages are turned into objects only as they are written.</summary>
    public static AgreeDocument From(AgreementReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new AgreeDocument(
            report.ScenarioId,
            report.Title,
            report.Levers,
            AgreementResultDto.From(report.Whole),
            report.PerTrack.Select(AgreementResultDto.From),
            report.Selection is null ? null : AgreementResultDto.From(report.Selection),
            report.Proposals.Select(ProposalDto.From));
    }
}
