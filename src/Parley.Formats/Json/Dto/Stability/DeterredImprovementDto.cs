namespace Parley.Formats.Json.Dto.Stability;

/// <summary>One improvement from the status quo with its strongest sanction.</summary>
/// <param name="To">The state it reaches.</param>
/// <param name="ToId">That state's stable id.</param>
/// <param name="Taken">Option ids it takes.</param>
/// <param name="Dropped">Option ids it drops.</param>
/// <param name="Gain">Rank levels gained.</param>
/// <param name="Deterred">True when a sanction deters it.</param>
/// <param name="Sanction">The strongest sanction's moves.</param>
/// <param name="End">Where the sanction ends, or null.</param>
/// <param name="EndId">That state's stable id, or null.</param>
/// <param name="Margin">Rank levels the end lies below the status quo.</param>
/// <param name="Sentence">The improvement in words.</param>
public sealed record DeterredImprovementDto(
    int To, string ToId, IEnumerable<string> Taken, IEnumerable<string> Dropped, int Gain, bool Deterred,
    IEnumerable<SanctionStepDto> Sanction, int? End, string? EndId, int Margin, string Sentence);
