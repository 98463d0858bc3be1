using System.Collections.Immutable;

namespace Parley.Core.Analysis.Changes;

/// <summary>Each forecast model's reading of an issue: the models can part ways under a lever even when the Monte Carlo median stays.</summary>
/// <param name="Models">One per model, in the forecast's order.</param>
public sealed record ModelPointsReading(ImmutableArray<ModelPoint> Models) : LensReading;
