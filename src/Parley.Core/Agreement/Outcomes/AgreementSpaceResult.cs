namespace Parley.Core.Agreement;

/// <summary>The agreement space of a problem: the packages every consenting actor accepts.</summary>
/// <param name="IsEmpty">True when no package is acceptable to all (an exact decision, never sampled).</param>
/// <param name="Size">How many packages are acceptable to all: exact, or proven bounds.</param>
/// <param name="Example">One acceptable package (the first the search meets), or null when the space is empty.</param>
public sealed record AgreementSpaceResult(bool IsEmpty, SpaceSize Size, ScoredPackage? Example);
