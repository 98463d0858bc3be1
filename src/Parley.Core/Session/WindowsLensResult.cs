using Parley.Core.Dynamics;

namespace Parley.Core.Session;

/// <summary>The deal windows of every track along the horizon for one set of levers, or why they cannot be scanned.</summary>
/// <param name="Windows">The windows per track, or null.</param>
/// <param name="Failure">Why the horizon cannot be scanned, or null.</param>
public sealed record WindowsLensResult(DealWindowsResult? Windows, string? Failure);
