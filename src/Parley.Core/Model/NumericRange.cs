namespace Parley.Core.Model;

/// <summary>The range of a numeric issue.</summary>
/// <param name="Min">Smallest value.</param>
/// <param name="Max">Largest value, at least <paramref name="Min"/>.</param>
/// <param name="Unit">Unit of measure for display, or null.</param>
/// <param name="Step">
/// Granularity of a settlement (1 for whole numbers), or null for a continuous range. Engines that
/// need a finite outcome space use it to discretise.
/// </param>
public sealed record NumericRange(double Min, double Max, string? Unit, double? Step)
{
    /// <summary>True when <paramref name="value"/> lies within the range (inclusive).</summary>
    public bool Contains(double value) => value >= Min && value <= Max;
}
