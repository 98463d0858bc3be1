using Parley.Core.Analysis;

namespace Parley.Formats.Json.Dto.Analyze;

/// <summary>How a proposal fares with every consenting actor.</summary>
/// <param name="ProposalId">The proposal.</param>
/// <param name="Name">Its name.</param>
/// <param name="ProposedBy">Who proposed it.</param>
/// <param name="AcceptedByAll">Whether every consenting actor accepts it.</param>
/// <param name="Responses">Each actor's response with its reason.</param>
/// <param name="Nearest">The nearest package every actor accepts, in words, or null when there is none.</param>
public sealed record ProposalOutcomeDto(
    string ProposalId,
    string Name,
    string ProposedBy,
    bool AcceptedByAll,
    IEnumerable<string> Responses,
    string? Nearest)
{
    /// <summary>The DTO of <paramref name="value"/>.</summary>
    public static ProposalOutcomeDto From(ProposalOutcome value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            value.ProposalId,
            value.Name,
            value.ProposedBy,
            value.AcceptedByAll,
            value.Responses,
            value.Nearest);
    }
}
