namespace Parley.Core.Claims;

/// <summary>
/// How often a claim holds across Monte Carlo draws of the scenario's uncertain figures (each figure
/// with an <see cref="Model.Figure.Uncertainty"/> drawn independently, then the claim evaluated on the
/// scenario with the drawn values).
/// </summary>
/// <param name="Draws">Draws made.</param>
/// <param name="Decided">Draws in which the test could be decided (a lever may, for instance, push a drawn figure out of range).</param>
/// <param name="Held">Draws in which the test held.</param>
/// <param name="Fraction">Held / Decided (NaN when nothing was decided).</param>
/// <param name="StandardError">The binomial standard error of <paramref name="Fraction"/>, √(p(1−p)/Decided).</param>
/// <param name="Seed">The master seed; draw d uses a generator seeded from it and d alone.</param>
public sealed record ClaimFrequency(int Draws, int Decided, int Held, double Fraction, double StandardError, ulong Seed);
