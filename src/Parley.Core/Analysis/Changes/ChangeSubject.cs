using Parley.Core.Stability;

namespace Parley.Core.Analysis.Changes;

/// <summary>What a <see cref="LensChange"/> compares: an aspect of a track, an issue or a stability concept.</summary>
/// <param name="Aspect">Which answer.</param>
/// <param name="Track">The track (agreement and windows answers), or null.</param>
/// <param name="Issue">The issue (forecasts, common ground), or null.</param>
/// <param name="Concept">The stability concept (stability answers), or null.</param>
public sealed record ChangeSubject(ChangeAspect Aspect, string? Track = null, string? Issue = null, StabilityConcept? Concept = null);
