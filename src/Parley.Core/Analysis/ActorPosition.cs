namespace Parley.Core.Analysis;

/// <summary>An actor's position on an issue's scale as the forecast models read it.</summary>
/// <param name="ActorId">The actor.</param>
/// <param name="Value">The position on the scale.</param>
/// <param name="Capability">The actor's capability (clout).</param>
/// <param name="Salience">How much the issue matters to the actor, 0–1.</param>
public sealed record ActorPosition(string ActorId, double Value, double Capability, double Salience);
