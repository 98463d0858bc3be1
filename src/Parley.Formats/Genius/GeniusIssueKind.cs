namespace Parley.Formats.Genius;

/// <summary>The three GENIUS issue types Parley imports.</summary>
internal enum GeniusIssueKind
{
    /// <summary>Named items.</summary>
    Discrete,

    /// <summary>Every integer from lowerbound to upperbound.</summary>
    Integer,

    /// <summary>A real interval, imported as a grid of 21 points (GENIUS's own default discretisation).</summary>
    Real,
}
