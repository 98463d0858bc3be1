namespace Parley.Core.Sweeps;

/// <summary>How far a sweep has got.</summary>
/// <param name="Done">Pieces done (including those done before a resume).</param>
/// <param name="Total">Pieces in the sweep.</param>
/// <param name="Failed">Pieces that ended with a problem.</param>
public readonly record struct SweepProgress(long Done, long Total, long Failed);
