namespace Parley.Core.Forecast;

/// <summary>The probability that the forecast outcome lies in an actor's acceptable set.</summary>
/// <param name="Actor">Actor index.</param>
/// <param name="Probability">Share of runs whose outcome the actor accepts.</param>
/// <param name="StandardError">Sampling error of that share, √(p(1 − p)/runs).</param>
public readonly record struct AcceptanceProbability(int Actor, double Probability, double StandardError);
