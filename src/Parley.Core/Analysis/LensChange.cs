using Parley.Core.Analysis.Changes;
using Parley.Core.Session;

namespace Parley.Core.Analysis;

/// <summary>What a lever does to one answer of one lens: typed readings, put in words by <c>Parley.Formats.Text.LensChangeText</c>.</summary>
/// <param name="Lens">Agreement, stability, forecast or windows.</param>
/// <param name="Subject">What is compared: an aspect of a track, a concept, an issue.</param>
/// <param name="Before">The answer for the scenario as given.</param>
/// <param name="After">The answer with the lever.</param>
/// <param name="Changed">Whether the answer changes (a verdict flips, stability changes, a median moves by more than the threshold).</param>
public sealed record LensChange(LensKind Lens, ChangeSubject Subject, LensReading Before, LensReading After, bool Changed);
