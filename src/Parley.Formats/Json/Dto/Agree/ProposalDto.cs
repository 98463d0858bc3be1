using Parley.Core.Agreement;

namespace Parley.Formats.Json.Dto.Agree;

/// <summary>How one proposal fares.</summary>
/// <param name="Id">The proposal's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="ProposedBy">Who proposed it.</param>
/// <param name="Package">The package on the issues it settles, or null.</param>
/// <param name="AcceptedByAll">Every consenting actor accepts.</param>
/// <param name="Responses">Per consenting actor, its response.</param>
/// <param name="Nearest">The acceptable package with the fewest issues changed, or null.</param>
/// <param name="Notes">Terms that could not be read, open issues, why there is no nearest package.</param>
public sealed record ProposalDto(
    string Id,
    string Name,
    string ProposedBy,
    ScoredPackageDto? Package,
    bool AcceptedByAll,
    IEnumerable<ResponseDto> Responses,
    NearestDto? Nearest,
    IEnumerable<string> Notes)
{
    /// <summary>The DTO of one assessment.</summary>
    public static ProposalDto From(ProposalAssessment p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new ProposalDto(
            p.ProposalId,
            p.Name,
            p.ProposedBy,
            p.Package is null ? null : ScoredPackageDto.From(p.Package),
            p.AcceptedByAll,
            p.Responses.Select(ResponseDto.From),
            p.Nearest is null ? null : new NearestDto(ScoredPackageDto.From(p.Nearest.Package), p.Nearest.ChangedIssues, p.Nearest.IsProvenNearest),
            p.Notes);
    }
}
