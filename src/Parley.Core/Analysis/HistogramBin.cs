namespace Parley.Core.Analysis;

/// <summary>One bin of a Monte Carlo histogram.</summary>
/// <param name="From">Lower edge on the scale.</param>
/// <param name="To">Upper edge.</param>
/// <param name="Count">Draws that fell in the bin.</param>
public sealed record HistogramBin(double From, double To, int Count);
