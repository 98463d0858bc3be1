namespace Parley.Core.Analysis;

/// <summary>How far an analysis has got: <paramref name="Done"/> of <paramref name="Total"/> variants, the last one finished named.</summary>
/// <param name="Stage">The variant or step just finished.</param>
/// <param name="Done">Steps finished.</param>
/// <param name="Total">Steps in all.</param>
public readonly record struct AnalysisProgress(string Stage, int Done, int Total);
