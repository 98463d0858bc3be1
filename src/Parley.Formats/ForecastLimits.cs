namespace Parley.Formats;

/// <summary>
/// The sizes of forecast inputs Parley reads, checked before any work starts. The spatial model's cost grows
/// as the cube of the actor count (about 4 s a round at 1,000 actors), its memory as the square; KTAB itself
/// stops at 250 actors.
/// </summary>
public static class ForecastLimits
{
    /// <summary>The most actors a forecast input may have.</summary>
    public const int MaxActors = 1_000;

    /// <summary>The most dimensions (issues) a KTAB input may have.</summary>
    public const int MaxDimensions = 100;

    /// <summary>What to do when an input has too many actors, for diagnostics.</summary>
    public const string TooManyActorsAdvice = "Merge small actors into blocs (summing their capabilities) or split the table by region.";
}
