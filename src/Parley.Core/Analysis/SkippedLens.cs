namespace Parley.Core.Analysis;

/// <summary>A lens the analysis did not run, with the one-line reason (usually a missing scenario section).</summary>
/// <param name="Lens">agreement, stability, forecast or windows.</param>
/// <param name="Reason">What is missing and how to add it.</param>
public sealed record SkippedLens(string Lens, string Reason);
