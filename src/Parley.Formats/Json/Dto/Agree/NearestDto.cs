namespace Parley.Formats.Json.Dto.Agree;

/// <summary>The acceptable package nearest to a proposal.</summary>
/// <param name="Package">The package.</param>
/// <param name="ChangedIssues">The issues it changes.</param>
/// <param name="ProvenNearest">True when no package changes fewer issues.</param>
public sealed record NearestDto(ScoredPackageDto Package, IEnumerable<string> ChangedIssues, bool ProvenNearest);
