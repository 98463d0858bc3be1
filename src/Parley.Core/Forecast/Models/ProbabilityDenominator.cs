namespace Parley.Core.Forecast;

/// <summary>
/// How the expected utility model normalises the votes for i over j into a probability of success —
/// the largest disagreement between the public reimplementations of Scholz, Calbert &amp; Smith (2011).
/// </summary>
public enum ProbabilityDenominator
{
    /// <summary>
    /// Divide by the sum of absolute votes over every pair of positions (the code of Scholz et al., as
    /// reproduced by jmckib). Probabilities are tiny and do not sum to 1 over (i, j) and (j, i); this is
    /// the setting that reproduces the published 10-round EC example.
    /// </summary>
    AllPairs,

    /// <summary>
    /// Divide by the sum of absolute votes in the contest between i and j only (Bueno de Mesquita's
    /// text, 1985/1994), so that P(i beats j) + P(j beats i) = 1.
    /// </summary>
    Contest,
}
