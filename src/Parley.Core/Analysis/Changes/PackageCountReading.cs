using Parley.Core.Agreement;

namespace Parley.Core.Analysis.Changes;

/// <summary>How many packages of a track every consenting actor accepts (exact, or bounds).</summary>
/// <param name="Count">The count.</param>
public sealed record PackageCountReading(SpaceSize Count) : LensReading;
