namespace Parley.Web.Analysis;

/// <summary>
/// Why a what-if does not fit its scenario: a code and a sentence saying what to do. Lever and date problems
/// carry the codes of <see cref="Parley.Core.Variants.VariantProblem"/> (PAR200, PAR202, PAR203); figure
/// problems are the what-if's own (a figure only a what-if can move).
/// </summary>
/// <param name="Code">PAR200, PAR202, PAR203, <see cref="UnknownFigure"/>, <see cref="FigureOutOfRange"/> or <see cref="VersionHasErrors"/>.</param>
/// <param name="Message">What is wrong and what to do.</param>
[GenerateSerializer, Immutable]
public sealed record WhatIfProblem([property: Id(0)] string Code, [property: Id(1)] string Message)
{
    /// <summary>An override names a figure the scenario does not have.</summary>
    public const string UnknownFigure = "unknown-figure";

    /// <summary>An override's value lies outside the figure's stated range (or is not a number).</summary>
    public const string FigureOutOfRange = "figure-out-of-range";

    /// <summary>The version does not read without errors, so nothing can be asked of it.</summary>
    public const string VersionHasErrors = "version-has-errors";
}
